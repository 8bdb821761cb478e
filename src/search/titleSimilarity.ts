import { allowedTypos, editDistance } from './editDistance.js';
import { STOP_WORDS } from './stopWords.js';

/**
 * How well the words a user typed name a paper (0–1): each typed word scores by its best match
 * among the paper's title and alias words — exact 1, a prefix 0.85, run-together words 0.8,
 * a typo 0.75 — averaged over the typed words. A word found only in the abstract earns 0.4 ("the
 * Starlight algorithm"). Stop words count only if nothing else was typed.
 */
export function titleSimilarity(
  typed: readonly string[],
  paperWords: readonly string[],
  paperCompact: string,
  abstractWords: () => ReadonlySet<string> = () => new Set(),
): number {
  const meaningful = typed.filter((w) => !STOP_WORDS.has(w));
  const query = meaningful.length > 0 ? meaningful : typed;
  if (query.length === 0) return 0;
  let total = 0;
  for (const word of query) {
    const score = wordScore(word, paperWords, paperCompact);
    total += score < 0.4 && abstractWords().has(word) ? 0.4 : score;
  }
  return total / query.length;
}

function wordScore(word: string, paperWords: readonly string[], paperCompact: string): number {
  let best = 0;
  const typos = allowedTypos(word.length);
  for (const candidate of paperWords) {
    if (candidate === word) return 1;
    if (word.length >= 3 && candidate.startsWith(word)) best = Math.max(best, 0.85);
    else if (typos > 0 && best < 0.75 && editDistance(word, candidate, typos) <= typos) best = 0.75;
    else if (typos > 0 && best < 0.7 && candidate.length > word.length && editDistance(word, candidate.slice(0, word.length), 1) <= 1) {
      best = 0.7; // a typo inside a word still being typed
    }
  }
  if (best < 0.8 && word.length >= 6 && paperCompact.includes(word)) best = 0.8;
  return best;
}
