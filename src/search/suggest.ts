import type { Paper } from '../digest/schema.js';
import { words } from '../text/fold.js';
import type { Library } from './library.js';
import { lookup } from './lookup.js';
import { papersWithPrefix, prefixRange } from './titleIndex.js';

/** An autocomplete choice: the label shown (≤ 100 characters) and the paper id sent back. */
export interface Suggestion {
  id: string;
  label: string;
}

/** Discord's cap on autocomplete choices and on a choice's name. */
export const MAX_SUGGESTIONS = 25;
export const MAX_LABEL_LENGTH = 100;

/** Shortens text to `max` characters on a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function toSuggestion(paper: Paper): Suggestion {
  return { id: paper.id, label: truncate(paper.title, MAX_LABEL_LENGTH) };
}

/**
 * Autocomplete from memory only: papers whose title or alias words start with every typed word
 * (the last one possibly half-typed), titles beginning with the typed text first, then by how
 * much the paper is trending. Empty input lists the top trending papers.
 */
export function suggest(library: Library, partial: string, limit = MAX_SUGGESTIONS): Suggestion[] {
  const cap = Math.min(limit, MAX_SUGGESTIONS);
  const typed = words(partial.slice(0, 200)).slice(0, 8);
  const popularity = library.popularity;
  if (typed.length === 0) return topBy(range(library.papers.length), (d) => popularity[d] ?? 0, cap).map((d) => toSuggestion(library.papers[d] as Paper));
  // Start from the typed word with the fewest vocabulary matches, then filter by the others.
  const sizes = typed.map((w) => {
    const [start, end] = prefixRange(library.titles, w);
    return end - start;
  });
  const pivot = sizes.indexOf(Math.min(...sizes));
  const others = typed.filter((_, i) => i !== pivot).map((w) => ` ${w}`);
  const phrase = typed.join(' ');
  const candidates: number[] = [];
  for (const doc of papersWithPrefix(library.titles, typed[pivot] ?? '')) {
    const key = ` ${library.titles.keys[doc] ?? ''}`;
    if (others.every((w) => key.includes(w))) candidates.push(doc);
  }
  const rank = (doc: number): number => {
    const key = library.titles.keys[doc] ?? '';
    const bonus = key.startsWith(phrase) ? 1000 : key.includes(` ${phrase}`) ? 500 : 0;
    return bonus + (popularity[doc] ?? 0);
  };
  if (candidates.length === 0) {
    // Nothing starts that way: a typo. Fall back to the fuzzy lookup's candidates.
    const fuzzy = lookup(library, partial, cap);
    return [...(fuzzy.paper === null ? [] : [fuzzy.paper]), ...fuzzy.suggestions].slice(0, cap).map(toSuggestion);
  }
  return topBy(candidates, rank, cap).map((d) => toSuggestion(library.papers[d] as Paper));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The `k` items with the highest score, best first, without sorting the whole list. */
export function topBy(items: Iterable<number>, score: (item: number) => number, k: number): number[] {
  const top: { item: number; score: number }[] = [];
  for (const item of items) {
    const s = score(item);
    if (top.length === k && s <= (top[k - 1]?.score ?? -Infinity)) continue;
    let i = top.length;
    while (i > 0 && (top[i - 1]?.score ?? -Infinity) < s) i -= 1;
    top.splice(i, 0, { item, score: s });
    if (top.length > k) top.pop();
  }
  return top.map((t) => t.item);
}
