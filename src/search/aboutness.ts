import type { Paper } from '../digest/schema.js';
import { processTerm, tokenize } from './analyze.js';

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

// A query term matches a token's term exactly, or as a prefix when it is long (as the index's prefix search does).
const matches = (term: string, token: string): boolean => token === term || (term.length >= 5 && token.startsWith(term));

function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null) out.push(term);
  }
  return out;
}

/** How central the topic's words are to the paper, 0–1 (see the header). */
export function centrality(paper: Paper, topic: TopicTerms): number {
  const stated = termsOf(`${paper.title} ; ${paper.aliases.join(' ; ')} ; ${paper.keywords.join(' ; ')}`);
  const abstract = termsOf(paper.abstract);
  let sum = 0;
  let total = 0;
  topic.terms.forEach((term, i) => {
    const weight = topic.weights[i] ?? 1;
    total += weight;
    sum += weight * placement(term, stated, abstract);
  });
  return total === 0 ? 0 : sum / total;
}

function placement(term: string, stated: readonly string[], abstract: readonly string[]): number {
  if (stated.some((t) => matches(term, t))) return PLACEMENT.stated;
  let count = 0;
  let first = -1;
  abstract.forEach((t, at) => {
    if (!matches(term, t)) return;
    count += 1;
    if (first < 0) first = at;
  });
  if (count >= PLACEMENT.repeatedCount) return PLACEMENT.repeated;
  if (count === 0) return 0;
  return first < abstract.length * PLACEMENT.earlyShare ? PLACEMENT.early : PLACEMENT.passing;
}

/** The rank multiplier for a centrality: a paper only mentioning the topic keeps 40% of its score. */
export function aboutnessFactor(central: number): number {
  return 0.4 + 0.6 * central;
}

/** The digest's and the ranker's one rule: every topic word present, and central enough. */
export function isAboutTopic(hit: { coverage: number; centrality: number }): boolean {
  return hit.coverage >= 1 && hit.centrality >= ABOUT_CENTRALITY;
}
