import { allowedTypos, editDistance } from '../../search/editDistance.js';
import type { Library } from '../../search/library.js';
import { STOP_WORDS } from '../../search/lexicon/stopWords.js';
import { postingsAt, prefixRange } from '../../search/titleIndex.js';

/** A title word held by more papers than this is too common to gather candidates from. */
const MAX_POSTINGS = 4000;
/** Vocabulary entries examined per typed word (prefix range, typo scan). */
const MAX_VOCABULARY = 400;

/** Vocabulary positions matching a typed word: itself, words it starts (4+ letters), one-typo words. */
function vocabularyMatches(library: Library, word: string): number[] {
  const vocabulary = library.titles.vocabulary;
  const [start, end] = prefixRange(library.titles, word);
  const out: number[] = [];
  if (word.length >= 4) for (let i = start; i < Math.min(end, start + MAX_VOCABULARY); i += 1) out.push(i);
  else if (vocabulary[start] === word) out.push(start);
  const typos = allowedTypos(word.length);
  if (out.length > 0 || typos === 0) return out;
  // A typo: scan the words sharing the first letter (typos there are rare), within budget.
  const [first, last] = prefixRange(library.titles, word.slice(0, 1));
  let seen = 0;
  for (let i = first; i < last && seen < MAX_VOCABULARY * 25; i += 1) {
    const candidate = vocabulary[i] ?? '';
    seen += 1;
    if (Math.abs(candidate.length - word.length) > typos) continue;
    if (editDistance(word, candidate, typos) <= typos) out.push(i);
  }
  return out;
}

/**
 * Papers whose title or alias words match the typed words (exactly, as a prefix, or with a typo),
 * most words matched first — from the title index only, so it costs the same at any catalogue size.
 */
export function titleCandidates(library: Library, typed: readonly string[], limit = 12): number[] {
  const counts = new Map<number, number>();
  for (const word of new Set(typed.filter((w) => !STOP_WORDS.has(w)))) {
    const docs = new Set<number>();
    let size = 0;
    for (const i of vocabularyMatches(library, word)) {
      const postings = postingsAt(library.titles, i);
      size += postings.length;
      if (size > MAX_POSTINGS) break;
      for (const doc of postings) docs.add(doc);
    }
    if (size > MAX_POSTINGS) continue;
    for (const doc of docs) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (library.popularity[b[0]] ?? 0) - (library.popularity[a[0]] ?? 0))
    .slice(0, limit)
    .map(([doc]) => doc);
}
