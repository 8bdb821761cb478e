import type { Paper } from '../digest/schema.js';
import { fold } from '../text/fold.js';
import { topicVariants } from './acronyms.js';
import { aboutnessFactor, centrality } from './aboutness.js';
import { FIELD_BOOST } from './fieldBoost.js';
import { listedOnly, type Library } from './library.js';
import { adjacentPattern, bigrams, shareFound } from './proximity.js';
import { queryTerms } from './queryTerms.js';

/** One ranked answer to a topic query, with what made it match. */
export interface SearchHit {
  paper: Paper;
  score: number;
  /** Share of the query matched, each word weighted by how rare it is (1 = all of it). */
  coverage: number;
  /** The query words found, and whether the title (or a name it introduces) holds them. */
  matched: string[];
  inTitle: boolean;
  /** The whole topic appears as a phrase in the title or abstract. */
  phrase: boolean;
  /** How central the topic's words are to the paper, 0–1 (aboutness.ts); 0 for hits not read. */
  centrality: number;
  /** The expansion that found it ("also searched"), when not the topic as typed. */
  via?: string;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  /** The words the query was reduced to; empty when it had nothing searchable. */
  words: string[];
}

/** Most hits ranked per query; pages beyond it are not worth computing. */
export const MAX_RANKED = 200;
/** Leading hits whose word-pair proximity is read. */
const PROXIMITY_RERANK = 120;

/**
 * Ranks every paper matching the topic. BM25 (minisearch, title and names boosted) is scaled by
 * how much of the topic matched — rare words weigh more, so "linear" alone is a small part of
 * "linear attention" — and by how many of the topic's adjacent word pairs appear together in the
 * title or abstract, so papers about the whole topic rank above papers sharing one common word.
 * Withdrawn papers are never found.
 */
export function rankTopic(library: Library, topic: string): { hits: SearchHit[]; words: string[] } {
  const [typed, ...others] = topicVariants(topic);
  const first = rankOne(library, typed ?? topic);
  if (others.length === 0) return first;
  // An acronym and its spelled-out form ("gnn", "graph neural network"): each paper keeps its best showing.
  const best = new Map<string, SearchHit>(first.hits.map((h) => [h.paper.id, h]));
  for (const variant of others) {
    for (const hit of rankOne(library, variant).hits) {
      const seen = best.get(hit.paper.id);
      if (seen === undefined || hit.score > seen.score) best.set(hit.paper.id, hit);
    }
  }
  const hits = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RANKED);
  return { hits, words: first.words };
}

function rankOne(library: Library, topic: string): { hits: SearchHit[]; words: string[] } {
  const { words, terms } = queryTerms(topic);
  if (terms.length === 0) return { hits: [], words };
  const listed = listedOnly(library);
  const raw = library.text.search(terms, {
    boost: FIELD_BOOST,
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 7 ? 1 : 0),
    weights: { fuzzy: 0.3, prefix: 0.5 },
    limit: MAX_RANKED * 2,
    ...(listed === undefined ? {} : { accept: listed }),
  });
  // How common each query term is gives its weight (IDF): "linear" counts for less than "attention".
  const total = Math.max(1, library.papers.length);
  const weights = terms.map((t) => Math.log(1 + total / Math.max(1, library.text.fieldFrequency(t))));
  const allWeight = weights.reduce((n, w) => n + w, 0);
  const pairs = bigrams(words);
  const phrase = words.length >= 2 ? adjacentPattern(words) : null;

  const scored: SearchHit[] = [];
  for (const result of raw) {
    const paper = library.papers[result.doc];
    if (paper === undefined) continue;
    const matchedIdx = terms.map((_, i) => ((result.termMask >> i) & 1 ? i : -1)).filter((i) => i >= 0);
    const coverage = matchedIdx.reduce((n, i) => n + (weights[i] ?? 0), 0) / allWeight;
    scored.push({ paper, score: result.score * coverage * coverage, coverage, matched: matchedIdx.map((i) => words[i] ?? ''), inTitle: result.titleMask !== 0, phrase: false, centrality: 0 });
  }
  // Aboutness and word-pair proximity (reading title, keywords and abstract) only for the leaders;
  // the rest keep the lowest aboutness factor, so a paper not read never overtakes one that was.
  scored.sort((a, b) => b.score - a.score);
  const topicTerms = { terms, weights };
  scored.forEach((hit, rank) => {
    if (rank >= PROXIMITY_RERANK) {
      hit.score *= aboutnessFactor(0);
      return;
    }
    hit.centrality = centrality(hit.paper, topicTerms);
    hit.score *= aboutnessFactor(hit.centrality);
    if (pairs.length === 0 || hit.matched.length < 2) return;
    const title = fold(`${hit.paper.title} ; ${hit.paper.aliases.join(' ; ')}`);
    const abstract = fold(hit.paper.abstract);
    hit.score *= 1 + shareFound(pairs, title) + 0.6 * shareFound(pairs, abstract);
    hit.phrase = phrase !== null && (phrase.test(title) || phrase.test(abstract));
  });
  scored.sort((a, b) => b.score - a.score);
  return { hits: scored.slice(0, MAX_RANKED), words };
}

/** A page of ranked papers for a topic query. */
export function searchPapers(library: Library, topic: string, options: { limit?: number; offset?: number } = {}): SearchPage {
  const limit = Math.max(1, Math.min(options.limit ?? 10, MAX_RANKED));
  const offset = Math.max(0, options.offset ?? 0);
  const { hits, words } = rankTopic(library, topic);
  return { hits: hits.slice(offset, offset + limit), total: hits.length, words };
}
