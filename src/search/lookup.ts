import type { Paper } from '../digest/schema.js';
import { compact, words } from '../text/fold.js';
import { allowedTypos } from './editDistance.js';
import type { Library } from './library.js';
import { processQueryTerm } from './queryTerms.js';
import { titleSimilarity } from './titleSimilarity.js';

/** The paper a user means, how sure we are, and close alternatives. */
export interface LookupResult {
  paper: Paper | null;
  /** How it was found: id, exact name (title, title prefix or alias), or a fuzzy match. */
  how: 'id' | 'name' | 'fuzzy' | 'none';
  /** Other close papers (never including `paper`), best first. */
  suggestions: Paper[];
}

/** Below this similarity a fuzzy candidate is a suggestion, not an answer. */
export const LOOKUP_THRESHOLD = 0.55;
const MAX_QUERY_LENGTH = 300;

function paperWords(paper: Paper): string[] {
  return words(`${paper.title} ${paper.aliases.join(' ')}`);
}

/** Resolves a free-text reference (id, title, fragment, alias, typo'd name) to one paper. */
export function lookup(library: Library, query: string, suggestionCount = 5): LookupResult {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  const key = compact(text);
  if (key.length === 0) return { paper: null, how: 'none', suggestions: [] };
  const byId = library.position.get(text.toLowerCase());
  if (byId !== undefined) return exact(library, byId, 'id', text, suggestionCount);
  const named = library.names.get(key);
  if (named !== undefined && named.length > 0) {
    const best = [...named].sort((a, b) => (library.popularity[b] ?? 0) - (library.popularity[a] ?? 0))[0] ?? 0;
    return exact(library, best, 'name', text, suggestionCount);
  }
  const ranked = rankCandidates(library, text);
  const top = ranked[0];
  if (top === undefined) return { paper: null, how: 'none', suggestions: [] };
  const rest = ranked.slice(1, 1 + suggestionCount).map((c) => c.paper);
  if (top.similarity < LOOKUP_THRESHOLD) {
    return { paper: null, how: 'none', suggestions: ranked.slice(0, suggestionCount).map((c) => c.paper) };
  }
  return { paper: top.paper, how: 'fuzzy', suggestions: rest };
}

function exact(library: Library, doc: number, how: 'id' | 'name', text: string, count: number): LookupResult {
  const paper = library.papers[doc] ?? null;
  const suggestions = count > 0 ? rankCandidates(library, text).map((c) => c.paper).filter((p) => p !== paper).slice(0, count) : [];
  return { paper, how, suggestions };
}

interface Candidate {
  paper: Paper;
  similarity: number;
  score: number;
}

/** Candidates from the full-text index (typos, prefixes) and, failing that, a run-together scan. */
function rankCandidates(library: Library, text: string): Candidate[] {
  const typed = words(text);
  const found = library.titleSearch.search(typed.join(' '), {
    combineWith: 'OR',
    tokenize: (t) => t.split(' '),
    processTerm: processQueryTerm,
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => allowedTypos(term.length) || false,
    weights: { fuzzy: 0.5, prefix: 0.7 },
  });
  const candidates = new Map<number, Candidate>();
  const consider = (doc: number, score: number): void => {
    const paper = library.papers[doc];
    if (paper === undefined || candidates.has(doc)) return;
    const similarity = titleSimilarity(typed, paperWords(paper), compact(`${paper.title}${paper.aliases.join('')}`), new Set(words(paper.abstract)));
    candidates.set(doc, { paper, similarity, score });
  };
  for (const result of found.slice(0, 40)) {
    // The title index's ids are catalogue positions (stored as strings by extractField).
    const doc = Number(result.id);
    if (Number.isInteger(doc)) consider(doc, result.score);
  }
  const best = Math.max(0, ...[...candidates.values()].map((c) => c.similarity));
  const key = compact(text);
  if (best < LOOKUP_THRESHOLD && key.length >= 5) {
    for (const doc of library.names.containing(key)) consider(doc, 0);
  }
  return [...candidates.values()].sort((a, b) => b.similarity - a.similarity || b.score - a.score);
}
