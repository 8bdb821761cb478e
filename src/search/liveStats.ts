import type { LiveStat } from '../digest/feedState.js';
import type { Paper } from '../digest/schema.js';
import { popularityGently } from '../trending/rankTrending.js';
import { orderByScore, rescored, type Library } from './library.js';

/** Live numbers by arXiv id, as the feed state keeps them. */
export type LiveStats = Readonly<Record<string, LiveStat>>;

/** Copies a paper's latest live numbers onto it; a number the feed did not give keeps its value. */
export function applyLiveStat(paper: Paper, stat: LiveStat): void {
  if (stat.upvotes !== null) paper.upvotes = stat.upvotes;
  if (stat.comments !== null) paper.comments = stat.comments;
  if (stat.githubRepo !== null) paper.githubRepo = stat.githubRepo;
  if (stat.githubStars !== null) paper.githubStars = stat.githubStars;
  if (stat.projectPage !== null) paper.projectPage = stat.projectPage;
  if (stat.tldr !== null) paper.tldr = stat.tldr;
  if (stat.withdrawnAt !== null) paper.withdrawnAt = stat.withdrawnAt;
}

/**
 * The library with the feed's latest numbers (upvotes, comments, stars, links, TL;DR, withdrawal)
 * and trending re-scored at `now` — no re-indexing, so it costs one pass over the catalogue.
 * These counters are the one exception to "a paper record never changes once indexed": they are
 * updated in place (none of them is indexed text), so every library sharing the records sees them.
 */
export function applyLiveStats(library: Library, stats: LiveStats, now: Date): Library {
  for (const paper of library.papers) {
    if (paper.arxivId === null) continue;
    const stat = stats[paper.arxivId];
    if (stat !== undefined) applyLiveStat(paper, stat);
  }
  return rescored(library, now);
}

/**
 * applyLiveStats in short steps separated by `pause` (the copy onto the papers with the scores, a
 * chunk at a time, then the order), for a refresh while serving: the same result, no long stall
 * at 100k papers.
 */
export async function applyLiveStatsGently(library: Library, stats: LiveStats, now: Date, pause: () => Promise<void>): Promise<Library> {
  const popularity = await popularityGently(library.papers, now, pause, (paper) => {
    const stat = paper.arxivId === null ? undefined : stats[paper.arxivId];
    if (stat !== undefined) applyLiveStat(paper, stat);
  });
  return { ...library, popularity, popularOrder: orderByScore(popularity), builtAt: now };
}
