import type { Paper } from '../digest/schema.js';
import type { TextIndex } from './textIndex.js';

/**
 * "Is this paper about the topic?" as one number. A topic word counts fully where a paper states
 * its subject — its title or a name it introduces, the feed's AI keywords — or when the abstract
 * keeps coming back to it (two mentions or more); a single mention counts for less, and less again
 * when it comes late in the abstract (a word in passing: "unlike graph neural networks, …").
 * Invariants: 0 ≤ centrality ≤ 1; a paper holding every topic word in its title has 1; a paper
 * holding none has 0; words weigh by rarity (the caller's IDF weights), like coverage.
 */

/** How much each placement of a topic word says the paper is about it (rules as data). */
export const PLACEMENT = {
  /** In the title, a name the paper introduces, or its AI keywords. */
  stated: 1,
  /** In the abstract at least this many times. */
  repeated: 1,
  repeatedCount: 2,
  /** Once, within the abstract's first `earlyShare` of words (where an abstract says what it does). */
  early: 0.7,
  earlyShare: 0.35,
  /** Once, later on. */
  passing: 0.3,
} as const;

/** A paper counts as about a topic from this centrality on (with every topic word present). */
export const ABOUT_CENTRALITY = 0.6;

/** The topic as the ranker sees it: index terms and their weights (IDF). */
export interface TopicTerms {
  terms: readonly string[];
  weights: readonly number[];
}

/** Field positions in the index (title, aliases, abstract, keywords, authors: see textIndex.ts FIELDS). */
const STATED_FIELDS = [0, 1, 3] as const;
const ABSTRACT_FIELD = 2;

/**
 * How central the topic's words are to paper number `doc`, 0–1 (see the header). Counts come from
 * the index's postings (no re-tokenizing); where a single abstract mention sits is read from the
 * abstract's text, and only then.
 */
export function centrality(text: TextIndex, doc: number, paper: Paper, topic: TopicTerms): number {
  let sum = 0;
  let total = 0;
  topic.terms.forEach((term, i) => {
    const weight = topic.weights[i] ?? 1;
    total += weight;
    sum += weight * placement(text.fieldCounts(term, doc, term.length >= 5), term, paper);
  });
  return total === 0 ? 0 : sum / total;
}

function placement(counts: readonly number[], term: string, paper: Paper): number {
  if (STATED_FIELDS.some((f) => (counts[f] ?? 0) > 0)) return PLACEMENT.stated;
  const inAbstract = counts[ABSTRACT_FIELD] ?? 0;
  if (inAbstract >= PLACEMENT.repeatedCount) return PLACEMENT.repeated;
  if (inAbstract === 0) return 0;
  // The stem's first occurrence, as a share of the abstract's length (a stem is a prefix of its words).
  const at = paper.abstract.toLowerCase().search(new RegExp(`(?:^|[^a-z0-9])${term.replace(/[^a-z0-9]/g, '')}`));
  return at >= 0 && at < paper.abstract.length * PLACEMENT.earlyShare ? PLACEMENT.early : PLACEMENT.passing;
}

/** The rank multiplier for a centrality: a paper only mentioning the topic keeps 40% of its score. */
export function aboutnessFactor(central: number): number {
  return 0.4 + 0.6 * central;
}

/** The digest's and the ranker's one rule: every topic word present, and central enough. */
export function isAboutTopic(hit: { coverage: number; centrality: number }): boolean {
  return hit.coverage >= 1 && hit.centrality >= ABOUT_CENTRALITY;
}
