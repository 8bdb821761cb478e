import { plausibleDate, resolveDigestDate } from '../digest/dates.js';
import type { Paper } from '../digest/schema.js';

const DAY_MS = 86_400_000;

/** Weights of the trending score; see README "Trending rank". */
export const TRENDING_WEIGHTS = { recency: 3, upvotes: 1, digests: 1, recencyHalfLifeDays: 7 } as const;

/** Resolves digest dates once per distinct label (papers share a handful of digests). */
type DateResolver = (label: string | null, iso: string | null) => string | null;

function dateResolver(now: Date): DateResolver {
  const cache = new Map<string, string | null>();
  return (label, iso) => {
    const key = `${label ?? ''}|${iso ?? ''}`;
    let date = cache.get(key);
    if (date === undefined) {
      date = resolveDigestDate(label, iso, now);
      // A date after tomorrow (or before 1991) at this `now` counts as no date: a digest parsed
      // long ago, or under another clock, can never put a future listing on top.
      if (date !== null && !plausibleDate(date, now)) date = null;
      cache.set(key, date);
    }
    return date;
  };
}

/** The most recent date any digest listed this paper (resolved against `now`), or null. */
export function latestAppearance(paper: Paper, now: Date, resolve: DateResolver = dateResolver(now)): string | null {
  let latest: string | null = null;
  for (const a of paper.appearances) {
    const date = resolve(a.dateLabel, a.date);
    if (date !== null && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/**
 * How much a paper is trending at `now`: recent listing (hyperbolic decay, half weight after a
 * week; a digest without a date counts as old), community upvotes (log-scaled) and how many
 * distinct digests listed it. A withdrawn paper scores -Infinity: it is never trending.
 */
export function trendingScore(paper: Paper, now: Date, resolve: DateResolver = dateResolver(now)): number {
  if (paper.withdrawnAt !== null) return Number.NEGATIVE_INFINITY;
  const latest = latestAppearance(paper, now, resolve);
  const ageDays = latest === null ? Number.POSITIVE_INFINITY : Math.max(0, (now.getTime() - Date.parse(latest)) / DAY_MS);
  const recency = Number.isFinite(ageDays) ? 1 / (1 + ageDays / TRENDING_WEIGHTS.recencyHalfLifeDays) : 0;
  // Distinct listing days (a digest without a date counts on its own): one day's list stored in
  // several files, or in a text scrape and the feed, is still one listing.
  const digests = paper.appearances.length === 1 ? 1 : new Set(paper.appearances.map((a) => resolve(a.dateLabel, a.date) ?? a.digest)).size;
  return (
    TRENDING_WEIGHTS.recency * recency +
    TRENDING_WEIGHTS.upvotes * Math.log1p(paper.upvotes ?? 0) +
    TRENDING_WEIGHTS.digests * (digests - 1)
  );
}

/** Papers ordered by trending score (ties: newer plausible publication, then title), best first; withdrawn papers left out. */
export function rankTrending(papers: readonly Paper[], now: Date): Paper[] {
  const resolve = dateResolver(now);
  const published = (paper: Paper): string => (paper.publishedAt !== null && plausibleDate(paper.publishedAt, now) ? paper.publishedAt : '');
  const scored = papers.filter((paper) => paper.withdrawnAt === null).map((paper) => ({ paper, score: trendingScore(paper, now, resolve), published: published(paper) }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.published.localeCompare(a.published) ||
      a.paper.title.localeCompare(b.paper.title),
  );
  return scored.map((s) => s.paper);
}

/** Trending score of every paper, in catalogue order. */
export function popularityOf(papers: readonly Paper[], now: Date): Float64Array {
  const resolve = dateResolver(now);
  return Float64Array.from(papers, (p) => trendingScore(p, now, resolve));
}

/** A scoring function with a shared date cache, for scoring many papers at one `now`. */
export function trendingScorer(now: Date): (paper: Paper) => number {
  const resolve = dateResolver(now);
  return (paper) => trendingScore(paper, now, resolve);
}
