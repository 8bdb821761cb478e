import { resolveDigestDate } from '../digest/dates.js';
import type { Paper } from '../digest/schema.js';

const DAY_MS = 86_400_000;

/** Weights of the trending score; see README "Trending rank". */
export const TRENDING_WEIGHTS = { recency: 3, upvotes: 1, digests: 1, recencyHalfLifeDays: 7 } as const;

/** The most recent date any digest listed this paper (resolved against `now`), or null. */
export function latestAppearance(paper: Paper, now: Date): string | null {
  let latest: string | null = null;
  for (const a of paper.appearances) {
    const date = resolveDigestDate(a.dateLabel, a.date, now);
    if (date !== null && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/**
 * How much a paper is trending at `now`: recent listing (hyperbolic decay, half weight after a
 * week; a digest without a date counts as old), community upvotes (log-scaled) and how many
 * distinct digests listed it.
 */
export function trendingScore(paper: Paper, now: Date): number {
  const latest = latestAppearance(paper, now);
  const ageDays = latest === null ? Number.POSITIVE_INFINITY : Math.max(0, (now.getTime() - Date.parse(latest)) / DAY_MS);
  const recency = Number.isFinite(ageDays) ? 1 / (1 + ageDays / TRENDING_WEIGHTS.recencyHalfLifeDays) : 0;
  const digests = new Set(paper.appearances.map((a) => a.digest)).size;
  return (
    TRENDING_WEIGHTS.recency * recency +
    TRENDING_WEIGHTS.upvotes * Math.log1p(paper.upvotes ?? 0) +
    TRENDING_WEIGHTS.digests * (digests - 1)
  );
}

/** Papers ordered by trending score (ties: newer publication, then title), best first. */
export function rankTrending(papers: readonly Paper[], now: Date): Paper[] {
  const scored = papers.map((paper) => ({ paper, score: trendingScore(paper, now) }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (b.paper.publishedAt ?? '').localeCompare(a.paper.publishedAt ?? '') ||
      a.paper.title.localeCompare(b.paper.title),
  );
  return scored.map((s) => s.paper);
}
