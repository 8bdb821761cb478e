import type { Paper } from '../digest/schema.js';
import { fold, words as foldWords } from '../text/fold.js';
import { topicVariants } from './topicVariants.js';
import { aboutnessFactor, centrality } from './aboutness.js';
import { looseExpansions } from './expandTopic.js';
import { FIELD_BOOST } from './fieldBoost.js';
import type { VectorIndex } from '../embeddings/vectorIndex.js';
import { DEFAULT_FUSION, fuse, type Fusion } from './fuseRanks.js';
import { listedOnly, paperById, type Library } from './library.js';
import { adjacentPattern, bigrams, shareFound } from './proximity.js';
import { processTerm } from './analyze.js';
import { plainWordVariants } from './plainWords.js';
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
  /** Found by meaning alone (embeddings), sharing no searched word. */
  byMeaning?: boolean;
}

/** The query's embedding and the paper vectors, when search by meaning is on and answered in time. */
export interface Meaning {
  vectors: VectorIndex;
  query: Float32Array;
  /** How the two rankings are fused (default: the weighted sum, as measured; see fuseRanks.ts). */
  fusion?: Fusion;
}

/** Papers taken from the ranking by meaning. */
const MEANING_K = 50;

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  /** The words the query was reduced to; empty when it had nothing searchable. */
  words: string[];
  /** What was searched besides the typed words (acronyms, field terms, related keywords and words). */
  alsoSearched: string[];
}

/** Most hits ranked per query; pages beyond it are not worth computing. */
export const MAX_RANKED = 200;
/** Leading hits whose word-pair proximity is read. */
const PROXIMITY_RERANK = 120;

/** How far a search may reach beyond the words typed (acronyms are always tried). */
export interface ExpandOptions {
  /** Everyday words read as the field's terms (plainWords.ts): their hits count as about the topic. */
  plain?: boolean;
  /** Co-tagged keywords and pseudo-relevance feedback, weighted down (see addLoose). */
  loose?: boolean;
}

export interface RankedTopic {
  hits: SearchHit[];
  words: string[];
  /** What was searched besides the typed words, for "also searched: …" (empty when nothing). */
  alsoSearched: string[];
}

/**
 * Ranks every paper matching the topic. BM25 (title and names boosted) is scaled by how much of
 * the topic matched — rare words weigh more, so "linear" alone is a small part of "linear
 * attention" — by how central the words are to the paper (aboutness.ts) and by how many of the
 * topic's adjacent word pairs appear together, so papers about the whole topic rank above papers
 * sharing one common word. Variants (an acronym spelled out, an everyday word in the field's
 * terms) rank on their own and each paper keeps its best showing; loose expansions (expandTopic.ts)
 * add a weighted-down share to the tail. Withdrawn papers are never found.
 */
export function rankTopic(library: Library, topic: string, options: ExpandOptions = {}): RankedTopic {
  const variants = topicVariants(topic);
  const typed = variants[0] ?? topic;
  const common = (word: string): boolean => library.text.fieldFrequency(processTerm(word) ?? word) > Math.max(COMMON.least, COMMON.share * library.papers.length);
  // Everyday words are read as the field's terms in the topic's spelled-out forms first, then as
  // typed ("shrinking llms" → "pruning large language model"), at most MAX_PLAIN searches.
  const plain = options.plain === true ? [...new Set([...variants].reverse().flatMap((v) => plainWordVariants(v, common)))].filter((v) => !variants.includes(v)).slice(0, MAX_PLAIN) : [];
  const first = rankOne(library, typed);
  const best = new Map<string, SearchHit>(first.hits.map((h) => [h.paper.id, h]));
  const alsoSearched: string[] = [];
  const keep = (hit: SearchHit): void => {
    const seen = best.get(hit.paper.id);
    if (seen === undefined || hit.score > seen.score) best.set(hit.paper.id, hit);
  };
  for (const variant of [...variants.slice(1), ...plain]) {
    // A spelled-out form is the same topic (all its hits count); an everyday-word reading only
    // adds its leaders, so each costs a few dozen abstracts read, not a hundred.
    const { hits } = rankOne(library, variant, plain.includes(variant) ? PLAIN_DEPTH : MAX_RANKED);
    const weight = plain.includes(variant) ? PLAIN_WEIGHT : 1;
    for (const hit of hits) keep({ ...hit, score: hit.score * weight });
    // What an everyday-word reading adds beyond the topic's own forms ("pruning", not "pruning large language model").
    if (hits.length > 0) alsoSearched.push(addedWords(plain.includes(variant) ? variants.join(' ') : typed, variant));
  }
  let hits = [...best.values()].sort((a, b) => b.score - a.score);
  if (options.loose === true) {
    const loose = looseExpansions(library, typed, hits, first.terms, rankOne);
    hits = addLoose(hits, loose.hits);
    alsoSearched.push(...loose.searched);
  }
  return { hits: hits.slice(0, MAX_RANKED), words: first.words, alsoSearched: [...new Set(alsoSearched)].filter((w) => w.length > 0) };
}

/** The words a variant adds to the topic as typed ("gnn" → "graph neural network"; "shrinking llms" → "compression llms" adds "compression"). */
function addedWords(typed: string, variant: string): string {
  const own = new Set(foldWords(typed));
  return foldWords(variant).filter((w) => !own.has(w)).join(' ');
}

/** A typed word in more papers than this (share of the catalogue, at least `least`) is the catalogue's own: no everyday-word variant. */
const COMMON = { share: 0.05, least: 10 } as const;

/** Everyday-word variants searched at most (each costs a search), and how many hits each adds. */
const MAX_PLAIN = 4;
const PLAIN_DEPTH = 40;

/** Variants from everyday words weigh a little under the words typed. */
const PLAIN_WEIGHT = 0.8;

/** Where loose expansions sit: their best paper gains this share of the score of the LOOSE_RANK-th hit. */
const LOOSE = { share: 0.5, rank: 5 } as const;

/**
 * Adds what loose expansions found (Rocchio-style, weighted down): each paper gains up to half the
 * score of the fifth hit, so they reorder and fill the tail but never displace strong matches.
 * Papers only they found carry `via`.
 */
function addLoose(hits: SearchHit[], loose: SearchHit[]): SearchHit[] {
  if (loose.length === 0) return hits;
  const anchor = (hits[LOOSE.rank - 1] ?? hits.at(-1))?.score ?? 1;
  const top = Math.max(...loose.map((h) => h.score), Number.MIN_VALUE);
  const byId = new Map(hits.map((h) => [h.paper.id, h]));
  const gain = new Map<string, SearchHit>();
  for (const hit of loose) {
    const seen = gain.get(hit.paper.id);
    if (seen === undefined || hit.score > seen.score) gain.set(hit.paper.id, hit);
  }
  for (const [id, hit] of gain) {
    const bonus = LOOSE.share * anchor * (hit.score / top);
    const known = byId.get(id);
    if (known !== undefined) known.score += bonus;
    else byId.set(id, { ...hit, score: bonus });
  }
  return [...byId.values()].sort((x, y) => y.score - x.score);
}

/** Ranks the papers for one phrasing of a topic (see rankTopic). */
export function rankOne(library: Library, topic: string, depth: number = MAX_RANKED): { hits: SearchHit[]; words: string[]; terms: string[] } {
  const { words, terms } = queryTerms(topic);
  if (terms.length === 0) return { hits: [], words, terms };
  const listed = listedOnly(library);
  const raw = library.text.search(terms, {
    boost: FIELD_BOOST,
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 7 ? 1 : 0),
    weights: { fuzzy: 0.3, prefix: 0.5 },
    limit: depth * 2,
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
    if (rank >= Math.min(PROXIMITY_RERANK, depth)) {
      hit.score *= aboutnessFactor(0);
      return;
    }
    hit.centrality = centrality(library.text, library.position.get(hit.paper.id) ?? -1, hit.paper, topicTerms);
    hit.score *= aboutnessFactor(hit.centrality);
    if (pairs.length === 0 || hit.matched.length < 2) return;
    const title = fold(`${hit.paper.title} ; ${hit.paper.aliases.join(' ; ')}`);
    const abstract = fold(hit.paper.abstract);
    hit.score *= 1 + shareFound(pairs, title) + 0.6 * shareFound(pairs, abstract);
    hit.phrase = phrase !== null && (phrase.test(title) || phrase.test(abstract));
  });
  scored.sort((a, b) => b.score - a.score);
  return { hits: scored.slice(0, depth), words, terms };
}

/** A page of ranked papers for a topic query (fused with the ranking by meaning when given). */
export function searchPapers(library: Library, topic: string, options: { limit?: number; offset?: number; meaning?: Meaning } = {}): SearchPage {
  const limit = Math.max(1, Math.min(options.limit ?? 10, MAX_RANKED));
  const offset = Math.max(0, options.offset ?? 0);
  const ranked = rankTopic(library, topic, { plain: true, loose: true });
  const hits = options.meaning === undefined ? ranked.hits : withMeaning(library, ranked.hits, options.meaning);
  return { hits: hits.slice(offset, offset + limit), total: hits.length, words: ranked.words, alsoSearched: ranked.alsoSearched };
}

/** The ranking by words fused with the papers nearest in meaning; papers only meaning found are marked. */
function withMeaning(library: Library, hits: readonly SearchHit[], meaning: Meaning): SearchHit[] {
  const listed = listedOnly(library);
  const near = meaning.vectors.topK(meaning.query, MEANING_K, (id) => {
    const doc = library.position.get(id);
    return doc !== undefined && (listed?.(doc) ?? true);
  });
  const byId = new Map(hits.map((h) => [h.paper.id, h]));
  return fuse(hits.map((h) => ({ id: h.paper.id, score: h.score })), near, meaning.fusion ?? DEFAULT_FUSION)
    .slice(0, MAX_RANKED)
    .flatMap(({ id, score }) => {
      const known = byId.get(id);
      if (known !== undefined) return [{ ...known, score }];
      const paper = paperById(library, id);
      return paper === undefined ? [] : [{ paper, score, coverage: 0, matched: [], inTitle: false, phrase: false, centrality: 0, byMeaning: true }];
    });
}
