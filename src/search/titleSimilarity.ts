import { allowedTypos, editDistance } from './editDistance.js';
import { STOP_WORDS } from './lexicon/stopWords.js';

/**
 * How well the words a user typed name a paper (0–1): each typed word scores by its best match
 * among the paper's title and alias words — exact 1, a prefix 0.85, run-together words 0.8,
 * a typo 0.75 — averaged over the typed words. Stop words count only if nothing else was typed.
 *
 * `rare` (optional) holds the typed words few papers use. A rare word that matches the title or
 * names well is a name ("OLSS", "edgemoe") and counts twice. A word found only in the abstract
 * earns 0.4 ("the Starlight algorithm") when it is rare itself or the paper's name was typed;
 * without `rare`, every abstract word earns it.
 */
export function titleSimilarity(
  typed: readonly string[],
  paperWords: readonly string[],
  paperCompact: string,
  abstractWords: () => ReadonlySet<string> = () => new Set(),
  rare?: ReadonlySet<string>,
): number {
  const meaningful = typed.filter((w) => !STOP_WORDS.has(w));
  const query = meaningful.length > 0 ? meaningful : typed;
  if (query.length === 0) return 0;
  const scores = query.map((word) => wordScore(word, paperWords, paperCompact));
  const isName = (word: string, score: number): boolean => rare?.has(word) === true && score >= NAME_SCORE;
  const named = query.some((word, i) => isName(word, scores[i] ?? 0));
  let total = 0;
  let weight = 0;
  query.forEach((word, i) => {
    let score = scores[i] ?? 0;
    if (score < ABSTRACT_SCORE && (rare === undefined || named || rare.has(word)) && abstractWords().has(word)) score = ABSTRACT_SCORE;
    const w = isName(word, score) ? 2 : 1;
    total += w * score;
    weight += w;
  });
  return total / weight;
}

const NAME_SCORE = 0.8;
const ABSTRACT_SCORE = 0.4;

function wordScore(word: string, paperWords: readonly string[], paperCompact: string): number {
  let best = 0;
  // Consecutive words typed as one: "mfac" for "M-FAC", "edgemoe" for "Edge-MoE".
  for (let i = 0; i + 1 < paperWords.length; i += 1) {
    const two = `${paperWords[i] ?? ''}${paperWords[i + 1] ?? ''}`;
    if (two === word || `${two}${paperWords[i + 2] ?? ''}` === word) best = 0.9;
  }
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
