import type { Paper } from '../digest/schema.js';
import { words } from '../text/fold.js';
import type { Library } from './library.js';
import { lookup } from './lookup.js';
import { keysStartingWith, postingsWithPrefix } from './titleIndex.js';

/** An autocomplete choice: the label shown (≤ 100 characters) and the paper id sent back. */
export interface Suggestion {
  id: string;
  label: string;
}

/** Discord's cap on autocomplete choices and on a choice's name. */
export const MAX_SUGGESTIONS = 25;
export const MAX_LABEL_LENGTH = 100;
/** Above this many candidate postings, walk papers in trending order instead of collecting them all. */
const DENSE = 4000;

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
 * (the last one possibly half-typed). Titles beginning with the typed text come first, then the
 * rest by trending score. Broad prefixes ("a") walk papers in trending order and stop at the
 * first matches; narrow ones collect their few candidates; typos fall back to the fuzzy lookup.
 * Empty input lists the top trending papers.
 */
export function suggest(library: Library, partial: string, limit = MAX_SUGGESTIONS): Suggestion[] {
  const cap = Math.min(limit, MAX_SUGGESTIONS);
  const typed = words(partial.slice(0, 200)).slice(0, 8);
  const chosen: number[] = [];
  const taken = new Set<number>();
  const take = (doc: number): void => {
    if (chosen.length < cap && !taken.has(doc)) {
      taken.add(doc);
      chosen.push(doc);
    }
  };
  const order = library.popularOrder;
  if (typed.length === 0) {
    for (let i = 0; i < order.length && chosen.length < cap; i += 1) take(order[i] ?? 0);
    return chosen.map((d) => toSuggestion(library.papers[d] as Paper));
  }
  const keys = library.titles.keys;
  const matches = (doc: number): boolean => {
    const key = ` ${keys[doc] ?? ''}`;
    return typed.every((w) => key.includes(` ${w}`));
  };
  // 1. Titles that start with what was typed, best trending first.
  const starting = [...keysStartingWith(library.titles, typed.join(' '))].sort((a, b) => (library.popularity[b] ?? 0) - (library.popularity[a] ?? 0));
  for (const doc of starting.slice(0, cap)) take(doc);
  // 2. Any title or name containing every typed word as a word prefix.
  const postings = typed.map((w) => postingsWithPrefix(library.titles, w));
  const pivot = postings.reduce((best, p) => (p.length < best.length ? p : best));
  if (pivot.length > DENSE) {
    for (let i = 0; i < order.length && chosen.length < cap; i += 1) {
      const doc = order[i] ?? 0;
      if (!taken.has(doc) && matches(doc)) take(doc);
    }
  } else {
    const candidates = [...new Set(pivot)].filter((doc) => !taken.has(doc) && matches(doc));
    candidates.sort((a, b) => (library.popularity[b] ?? 0) - (library.popularity[a] ?? 0));
    for (const doc of candidates) take(doc);
  }
  if (chosen.length === 0) {
    // Nothing starts that way: a typo. Fall back to the fuzzy lookup's candidates.
    const fuzzy = lookup(library, partial, cap);
    return [...(fuzzy.paper === null ? [] : [fuzzy.paper]), ...fuzzy.suggestions].slice(0, cap).map(toSuggestion);
  }
  return chosen.map((d) => toSuggestion(library.papers[d] as Paper));
}
