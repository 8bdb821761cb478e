import type { Paper } from '../digest/schema.js';
import { processTerm, tokenize } from './analyze.js';
import { FIELD_BOOST } from './fieldBoost.js';
import { listedOnly, paperById, type Library } from './library.js';

export interface RelatedHit {
  paper: Paper;
  score: number;
}

/** The abstract's most repeated terms: what the paper keeps talking about. */
function salientTerms(text: string, count: number): string[] {
  const freq = new Map<string, number>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term === null || term.length < 3 || /^\d+$/.test(term)) continue;
    freq.set(term, (freq.get(term) ?? 0) + 1);
  }
  return [...freq.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([term]) => term);
}

/**
 * Papers most like the given one: its title terms, names and most repeated abstract terms as
 * one OR query, so BM25 weighs the distinctive ones (rare across the catalogue) highest.
 */
export function related(library: Library, paperId: string, limit = 5): RelatedHit[] {
  const paper = paperById(library, paperId);
  const doc = library.position.get(paperId);
  if (paper === undefined || doc === undefined) return [];
  const listed = listedOnly(library);
  const terms = new Set<string>();
  for (const token of tokenize(`${paper.title} ${paper.aliases.join(' ')}`)) {
    const term = processTerm(token);
    if (term !== null && term.length >= 3) terms.add(term);
  }
  for (const term of salientTerms(paper.abstract, 12)) terms.add(term);
  return library.text
    .search([...terms], { boost: FIELD_BOOST, limit: limit + 1, accept: (d) => d !== doc && (listed?.(d) ?? true) })
    .slice(0, limit)
    .flatMap((hit) => {
      const found = library.papers[hit.doc];
      return found === undefined ? [] : [{ paper: found, score: hit.score }];
    });
}
