import type { Paper } from '../../digest/schema.js';
import { processTerm } from '../../search/analyze.js';
import { allowedTypos, editDistance } from '../../search/editDistance.js';
import type { Library } from '../../search/library.js';
import { STOP_WORDS } from '../../search/lexicon/stopWords.js';
import { postingsAt, prefixRange } from '../../search/titleIndex.js';
import { titleSimilarity } from '../../search/titleSimilarity.js';
import { compact, words } from '../../text/fold.js';
import { ordinaryWord } from './exactName.js';
import { comparisonStart, range, type IsContent, type Resolution } from './nameContext.js';
import { isDistinctiveName, paperNames, type PaperName } from './paperNames.js';
import type { Token } from '../question/questionTokens.js';
import { termShare } from '../question/termRarity.js';
import { titleCandidates } from './titleCandidates.js';

/** Below this, a fuzzy match is not taken as the paper the question means. */
export const FUZZY_THRESHOLD = 0.72;

/** Share of a name's words (stop words aside) that the typed words match, allowing typos. */
function nameCoverage(typed: readonly string[], name: PaperName): number {
  const nameWords = words(name.text).filter((w) => !STOP_WORDS.has(w));
  if (nameWords.length === 0) return 0;
  const typedKey = typed.join('');
  if (name.key.length >= 5 && editDistance(typedKey, name.key, allowedTypos(name.key.length)) <= allowedTypos(name.key.length)) return 1;
  let hit = 0;
  for (const w of nameWords) {
    const typos = allowedTypos(w.length);
    if (typed.some((t) => t === w || (t.length >= 4 && w.startsWith(t)) || (typos > 0 && editDistance(t, w, typos) <= typos))) hit += 1;
  }
  return hit / nameWords.length;
}

/**
 * The spelled-out forms of a paper's acronym aliases, as the loader recorded them from the abstract
 * ("Trained Rank Pruning (TRP)"): a user may name the method either way.
 */
function aliasExpansions(paper: Paper): PaperName[] {
  const out: PaperName[] = [];
  for (const alias of paper.aliases) {
    const phrase = paper.introduced.find((n) => n.name === alias)?.spelledOut ?? null;
    if (phrase !== null) out.push({ text: phrase, key: compact(phrase), source: 'expansion' });
  }
  return out;
}

/** A typed word held by at most this share of papers is rare enough to name one. */
const RARE_SHARE = 0.005;
const RARE_SIMILARITY = 0.8;

/** How many papers have one of these words in their title or aliases (stops counting at 2). */
function paperNameWordOwners(library: Library, typed: readonly string[]): number {
  const owners = new Set<number>();
  for (const w of typed) {
    const [start, end] = prefixRange(library.titles, w);
    if (library.titles.vocabulary[start] !== w || end <= start) continue;
    for (const doc of postingsAt(library.titles, start)) {
      owners.add(doc);
      if (owners.size > 1) return owners.size;
    }
  }
  return owners.size;
}

/** The 1–3 adjacent tokens of a run whose letters are a name with a few typos, as [from, to) in the run. */
function closeWindow(span: readonly Token[], nameKey: string, typos: number): [number, number] | null {
  if (nameKey.length < 6) return null;
  for (let from = 0; from < span.length; from += 1) {
    let key = '';
    for (let to = from + 1; to <= Math.min(span.length, from + 3); to += 1) {
      key += span[to - 1]?.key ?? '';
      if (numbersOf(key) !== numbersOf(nameKey) || Math.abs(key.length - nameKey.length) > typos) continue;
      if (editDistance(key, nameKey, typos) <= typos) return [from, to];
    }
  }
  return null;
}

function numbersOf(key: string): string {
  return (key.match(/\d+/g) ?? []).join(',');
}

/** Contiguous runs of content tokens (stop words allowed inside a run), longest first. */
function contentRuns(tokens: readonly Token[], isContent: IsContent): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  const stop = comparisonStart(tokens);
  for (let i = 0; i <= stop; i += 1) {
    const token = tokens[i];
    const content = i < stop && token !== undefined && isContent(token);
    const next = tokens[i + 1];
    const inner = i < stop && token !== undefined && start >= 0 && token.words.every((w) => STOP_WORDS.has(w)) && next !== undefined && isContent(next);
    if (content && start < 0) start = i;
    if (!content && !inner && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0])).slice(0, 3);
}

/** Whether a typed word stands for a word of a name: equal, a prefix of it (4+ letters), or a typo of it. */
function wordMatches(typed: string, nameWord: string): boolean {
  if (typed === nameWord) return true;
  if (typed.length >= 4 && nameWord.startsWith(typed)) return true;
  const typos = allowedTypos(nameWord.length);
  return typos > 0 && Math.abs(typed.length - nameWord.length) <= typos && editDistance(typed, nameWord, typos) <= typos;
}

/** A paper named loosely: a typo'd name, a title fragment, a spelled-out acronym, a rare name word. */
export function fuzzyName(library: Library, tokens: readonly Token[], isContent: IsContent): Resolution | null {
  let best: Resolution | null = null;
  for (const [start, end] of contentRuns(tokens, isContent)) {
    const span = tokens.slice(start, end);
    const typed = span.flatMap((t) => t.words);
    // A word found in one paper's name and hardly anywhere else ("Languini", "Bessel") names it.
    const rare = typed.filter((w) => w.length >= 5 && !/\d/.test(w) && !STOP_WORDS.has(w) && termShare(library, processTerm(w) ?? w) <= RARE_SHARE);
    const candidates = titleCandidates(library, typed).map((doc) => library.papers[doc]).filter((p): p is Paper => p !== undefined);
    for (const paper of candidates) {
      const names = [...paperNames(paper).filter((n) => n.source !== 'id' && (n.source === 'title' || isDistinctiveName(n))), ...aliasExpansions(paper)];
      const forward = titleSimilarity(typed, words(`${paper.title} ${paper.aliases.join(' ')}`), compact(`${paper.title}${paper.aliases.join('')}`));
      for (const name of names) {
        const nameWords = words(name.text);
        const typos = name.key.length >= 10 ? 2 : 1;
        // Some words of the run are the name with a typo or two ("flashatention", "plan serach").
        const window = closeWindow(span, name.key, typos);
        const close = window !== null;
        const rareHit = rare.some((w) => nameWords.includes(w)) && paperNameWordOwners(library, rare) === 1;
        const similarity = Math.max(close ? 0.9 : 0, rareHit ? RARE_SIMILARITY : 0, Math.min(forward, nameCoverage(typed, name)));
        if (similarity < FUZZY_THRESHOLD || (best !== null && similarity <= best.similarity)) continue;
        const matched = window !== null
          ? range(start + window[0], start + window[1])
          : range(start, end).filter((i) => tokens[i]?.words.some((w) => !STOP_WORDS.has(w) && nameWords.some((n) => wordMatches(w, n))) === true);
        // "FlashAttention-3" is not FlashAttention, nor "Mamba-2" Mamba: a name's numbers must agree.
        const numbersAgree = matched.every((i) => (tokens[i]?.key.match(/\d+/g) ?? []).every((d) => name.key.includes(d)));
        if (matched.length === 0 || !numbersAgree) continue;
        // Typed exactly as the name, it was the exact-name pass's to take or turn down ("an ssd").
        if (name.source !== 'expansion' && matched.map((i) => tokens[i]?.key ?? '').join('') === name.key) continue;
        if (ordinaryWord(library, name, matched.map((i) => tokens[i]).filter((t): t is Token => t !== undefined))) continue;
        best = { paper, how: 'fuzzy', similarity, tokens: matched, name: name.text };
      }
    }
  }
  return best;
}

