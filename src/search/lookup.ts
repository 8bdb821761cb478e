import type { Paper } from '../digest/schema.js';
import { compact, words } from '../text/fold.js';
import { allowedTypos } from './editDistance.js';
import { paperById, type Library } from './library.js';
import { processTerm } from './analyze.js';
import { FIELD_BOOST } from './fieldBoost.js';
import { processQueryTerm } from './queryTerms.js';
import { titleSimilarity } from './titleSimilarity.js';
import { hasWord, postingsOf } from './titleIndex.js';
import { STOP_WORDS } from './lexicon/stopWords.js';

/** The paper a user means, how sure we are, and close alternatives. */
export interface LookupResult {
  paper: Paper | null;
  /** How it was found: id, exact name (title, title prefix or alias), or a fuzzy match. */
  how: 'id' | 'name' | 'fuzzy' | 'none';
  /** Other close papers (never including `paper`), best first; none for an exact id or name. */
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
  const byId = paperById(library, text.toLowerCase());
  if (byId !== undefined) return { paper: byId, how: 'id', suggestions: [] };
  const named = library.names.get(key);
  if (named !== undefined && named.length > 0) {
    const best = [...named].sort((a, b) => (library.popularity[b] ?? 0) - (library.popularity[a] ?? 0))[0] ?? 0;
    return { paper: library.papers[best] ?? null, how: 'name', suggestions: [] };
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

interface Candidate {
  paper: Paper;
  similarity: number;
  score: number;
}

/** Candidates at which the cheap pass is trusted and typo matching is skipped. */
const CONFIDENT = 0.8;
/** A typed word in at most this many abstracts (or this share of them) counts as a name. */
const RARE_WORD_PAPERS = 5;
const RARE_WORD_SHARE = 0.001;
/** Papers read from the word index in the cheap pass (rarest typed words first). */
const WORD_PASS_CAP = 3000;

/**
 * Candidates, cheapest first: (1) papers whose title or names hold the typed words, from the word
 * index, rarest words first; (2) only if none names the paper well, the minisearch title index
 * for the words no title contains as typed — prefixes and typos (costly on a large vocabulary, so
 * never for correctly spelled common words); (3) failing that, the typed text run together
 * inside a title or name.
 */
function rankCandidates(library: Library, text: string): Candidate[] {
  const typed = words(text);
  const rare = rareWords(library, typed);
  const candidates = new Map<number, Candidate>();
  const consider = (doc: number, score: number): void => {
    const paper = library.papers[doc];
    if (paper === undefined || candidates.has(doc)) return;
    let abstractWords: Set<string> | null = null;
    const inAbstract = (): Set<string> => (abstractWords ??= new Set(words(paper.abstract)));
    const similarity = titleSimilarity(typed, paperWords(paper), compact(`${paper.title}${paper.aliases.join('')}`), inAbstract, rare);
    candidates.set(doc, { paper, similarity, score });
  };
  const best = (): number => Math.max(0, ...[...candidates.values()].map((c) => c.similarity));

  // Words typed apart that a title holds together ("split wise" → splitwise) gather candidates too.
  const joined = typed.slice(1).map((w, i) => `${typed[i] ?? ''}${w}`);
  const known = [...new Set([...typed, ...joined])].filter((w) => !STOP_WORDS.has(w) && hasWord(library.titles, w));
  if (known.length > 0) {
    const lists = known.map((w) => postingsOf(library.titles, w).subarray(0, WORD_PASS_CAP)).sort((a, b) => a.length - b.length);
    const pool = new Set<number>([...(lists[0] ?? []), ...(lists[1] ?? [])].slice(0, WORD_PASS_CAP));
    const hits = [...pool].map((doc) => {
      const key = ` ${library.titles.keys[doc] ?? ''} `;
      return { doc, count: known.filter((w) => key.includes(` ${w} `)).length };
    });
    hits.sort((a, b) => b.count - a.count || (library.popularity[b.doc] ?? 0) - (library.popularity[a.doc] ?? 0));
    for (const hit of hits.slice(0, 40)) consider(hit.doc, hit.count);
  }
  const misspelt = typed.filter((w) => !STOP_WORDS.has(w) && !hasWord(library.titles, w));
  if (best() < CONFIDENT && misspelt.length > 0 && library.titleSearch !== null) {
    const found = library.titleSearch.search(misspelt.join(' '), {
      combineWith: 'OR',
      tokenize: (t) => t.split(' '),
      processTerm: processQueryTerm,
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => allowedTypos(term.length) || false,
      weights: { fuzzy: 0.5, prefix: 0.7 },
    });
    // The title index's ids are catalogue positions (stored as strings by extractField).
    for (const result of found.slice(0, 40)) {
      const doc = Number(result.id);
      if (Number.isInteger(doc)) consider(doc, result.score);
    }
  }
  const key = compact(text);
  if (best() < LOOKUP_THRESHOLD) considerAbstractNames(library, key, typed, rare, consider, candidates);
  if (best() < LOOKUP_THRESHOLD && key.length >= 5) {
    for (const doc of library.names.containing(key)) consider(doc, 0);
  }
  return [...candidates.values()].sort((a, b) => b.similarity - a.similarity || b.score - a.score);
}

/**
 * The typed words few papers use (a name like "Starlight", not "need" or "attention"); see
 * titleSimilarity — so "attention is all you need" does not pick whichever attention paper says
 * "need", while "OLSS sampler" still finds OLSS.
 */
function rareWords(library: Library, typed: readonly string[]): Set<string> {
  const limit = Math.max(RARE_WORD_PAPERS, Math.ceil(library.papers.length * RARE_WORD_SHARE));
  return new Set(
    typed.filter((w) => {
      const term = processTerm(w);
      return term !== null && library.text.fieldFrequency(term) <= limit;
    }),
  );
}

/** Abstracts read for a rare typed word no title holds ("EvoNorms", "rashomon"). */
const ABSTRACT_NAME_PAPERS = 20;
/** Similarity of a paper whose abstract holds the typed name as written ("PamC loss", "iLA-SDP"). */
const ABSTRACT_NAME_SIMILARITY = 0.7;

/**
 * Papers whose abstract holds a rare typed word that no title or name does: a name the abstract
 * uses but the alias extractor did not take. When the abstract holds the whole query as typed
 * (spaces and hyphens aside), it is the paper meant.
 */
function considerAbstractNames(
  library: Library,
  key: string,
  typed: readonly string[],
  rare: ReadonlySet<string>,
  consider: (doc: number, score: number) => void,
  candidates: Map<number, Candidate>,
): void {
  const unnamed = typed.filter((w) => rare.has(w) && !hasWord(library.titles, w));
  const terms = unnamed.map((w) => processTerm(w)).filter((t): t is string => t !== null);
  if (terms.length === 0 || key.length < 5) return;
  for (const hit of library.text.search(terms, { boost: FIELD_BOOST, limit: ABSTRACT_NAME_PAPERS })) {
    consider(hit.doc, hit.score);
    const candidate = candidates.get(hit.doc);
    if (candidate !== undefined && compact(candidate.paper.abstract).includes(key)) {
      candidate.similarity = Math.max(candidate.similarity, ABSTRACT_NAME_SIMILARITY);
    }
  }
}
