import type { Paper } from '../digest/schema.js';
import { processTerm, tokenize } from './analyze.js';
import type { VectorIndex } from '../embeddings/vectorIndex.js';
import { FIELD_BOOST } from './fieldBoost.js';
import { DEFAULT_FUSION, fuse } from './fuseRanks.js';
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
 * one OR query, so BM25 weighs the distinctive ones (rare across the catalogue) highest; with
 * paper vectors (search by meaning), fused with the papers nearest to its own vector.
 */
export function related(library: Library, paperId: string, limit = 5, vectors?: VectorIndex | null): RelatedHit[] {
  const lexical = relatedByWords(library, paperId, vectors === undefined || vectors === null ? limit : Math.max(limit, 20));
  const own = vectors?.vectorOf(paperId);
  if (vectors === undefined || vectors === null || own === undefined) return lexical.slice(0, limit);
  const listed = listedOnly(library);
  const near = vectors.topK(own, Math.max(limit, 20) + 1, (id) => {
    const doc = library.position.get(id);
    return id !== paperId && doc !== undefined && (listed?.(doc) ?? true);
  });
  return fuse(lexical.map((h) => ({ id: h.paper.id, score: h.score })), near, DEFAULT_FUSION)
    .slice(0, limit)
    .flatMap(({ id, score }) => {
      const paper = paperById(library, id);
      return paper === undefined ? [] : [{ paper, score }];
    });
}

function relatedByWords(library: Library, paperId: string, limit: number): RelatedHit[] {
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
