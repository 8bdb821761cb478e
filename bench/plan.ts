import type { QueryCounts } from './queries/makeQueries.js';

/** How much work each size gets: repetitions, query counts, time limits. */
export interface SizePlan {
  /** In-process loadDigests + buildLibrary repetitions (median reported). */
  buildReps: number;
  /** Pairs of fresh start-up processes (cold open, then reopen). */
  startPairs: number;
  queries: QueryCounts;
  /** Measured-time budget per query series, and per anchor series (the slow minisearch prefix paths). */
  queryBudgetMs: number;
  anchorBudgetMs: number;
  /** Longest a child process or bot start may take. */
  childTimeoutMs: number;
  /** Day lists added one after another (median refresh reported), and timed upvote refreshes. */
  liveFeedDays: number;
  upvoteReps: number;
}

const FULL_QUERIES: QueryCounts = { titles: 100, typos: 100, names: 50, topics: 200, typedTitles: 12, questions: 150 };
const QUICK_QUERIES: QueryCounts = { titles: 40, typos: 40, names: 20, topics: 80, typedTitles: 5, questions: 60 };

/** The plan for one corpus size: fewer repetitions as builds get long. */
export function planFor(size: number, quick: boolean): SizePlan {
  const big = size >= 50_000;
  return {
    buildReps: quick ? 3 : big ? 1 : size >= 5000 ? 3 : 5,
    startPairs: quick || big ? 1 : 3,
    queries: quick ? QUICK_QUERIES : FULL_QUERIES,
    queryBudgetMs: big ? 60_000 : 30_000,
    anchorBudgetMs: big ? 25_000 : 15_000,
    childTimeoutMs: Math.max(120_000, size * 8),
    liveFeedDays: quick ? 3 : big ? 3 : 5,
    upvoteReps: quick ? 5 : 9,
  };
}

/** Interactions per kind through the stand-in, and how long the bot may take to start. */
export function e2ePlan(size: number, quick: boolean): { interactions: number; burst: number; readyTimeoutMs: number; budgetMs: number; afterRestart: number } {
  return { interactions: quick ? 30 : 100, burst: 20, readyTimeoutMs: Math.max(60_000, size * 8), budgetMs: 120_000, afterRestart: quick ? 5 : 20 };
}
