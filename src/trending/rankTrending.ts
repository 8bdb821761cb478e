import { plausibleDate, resolveDigestDate } from '../digest/dates.js';
import type { Paper } from '../digest/schema.js';

const DAY_MS = 86_400_000;

/** Weights of the trending score; see README "Trending rank". */
export const TRENDING_WEIGHTS = { recency: 3, upvotes: 1, digests: 1, recencyHalfLifeDays: 7 } as const;

/** Resolves digest dates once per distinct label (papers share a handful of digests). */
type DateResolver = (label: string | null, iso: string | null) => string | null;

/** Dates resolve the same way all through one UTC day (year inference, "not after tomorrow"). */
function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function dateResolver(now: Date): DateResolver {
  // label → iso → date: two lookups with the strings as they are, no key built per appearance.
  const cache = new Map<string | null, Map<string | null, string | null>>();
  return (label, iso) => {
    let byIso = cache.get(label);
    if (byIso === undefined) {
      byIso = new Map();
      cache.set(label, byIso);
    }
    let date = byIso.get(iso);
    if (date === undefined) {
      date = resolveDigestDate(label, iso, now);
      // A date after tomorrow (or before 1991) at this `now` counts as no date: a digest parsed
      // long ago, or under another clock, can never put a future listing on top.
      if (date !== null && !plausibleDate(date, now)) date = null;
      byIso.set(iso, date);
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
 * What a paper's score takes from its listings, resolved for one UTC day: the latest listing (ms,
 * NaN when none has a date) and how many distinct days listed it. A paper's appearances never
 * change once it is in a catalogue (a merge that adds one copies the paper), so this is worked
 * out once per paper and day; upvotes and withdrawal, which the feed updates in place, are read
 * at every scoring.
 */
interface ListingFacts {
  readonly day: string;
  readonly latestMs: number;
  readonly listings: number;
}

const listingFactsCache = new WeakMap<Paper, ListingFacts>();

// A catalogue lists papers on a few thousand distinct days at most: parse each date once.
const dayMsCache = new Map<string, number>();

function dayMs(date: string): number {
  let ms = dayMsCache.get(date);
  if (ms === undefined) {
    ms = Date.parse(date);
    if (dayMsCache.size < 100_000) dayMsCache.set(date, ms);
  }
  return ms;
}

function listingFacts(paper: Paper, now: Date, day: string, resolve: DateResolver): ListingFacts {
  const known = listingFactsCache.get(paper);
  if (known !== undefined && known.day === day) return known;
  const latest = latestAppearance(paper, now, resolve);
  // Distinct listing days (a digest without a date counts on its own): one day's list stored in
  // several files, or in a text scrape and the feed, is still one listing.
  const listings = paper.appearances.length === 1 ? 1 : new Set(paper.appearances.map((a) => resolve(a.dateLabel, a.date) ?? a.digest)).size;
  const facts = { day, latestMs: latest === null ? Number.NaN : dayMs(latest), listings };
  listingFactsCache.set(paper, facts);
  return facts;
}

/**
 * How much a paper is trending at `now`: recent listing (hyperbolic decay, half weight after a
 * week; a digest without a date counts as old), community upvotes (log-scaled) and how many
 * distinct digests listed it. A withdrawn paper scores -Infinity: it is never trending.
 */
export function trendingScore(paper: Paper, now: Date): number {
  return trendingScorer(now)(paper);
}

function scoreWith(paper: Paper, facts: ListingFacts, nowMs: number): number {
  if (paper.withdrawnAt !== null) return Number.NEGATIVE_INFINITY;
  const ageDays = Number.isNaN(facts.latestMs) ? Number.POSITIVE_INFINITY : Math.max(0, (nowMs - facts.latestMs) / DAY_MS);
  const recency = Number.isFinite(ageDays) ? 1 / (1 + ageDays / TRENDING_WEIGHTS.recencyHalfLifeDays) : 0;
  return (
    TRENDING_WEIGHTS.recency * recency +
    TRENDING_WEIGHTS.upvotes * Math.log1p(paper.upvotes ?? 0) +
    TRENDING_WEIGHTS.digests * (facts.listings - 1)
  );
}

/** Papers ordered by trending score (ties: newer plausible publication, then title), best first; withdrawn papers left out. */
export function rankTrending(papers: readonly Paper[], now: Date): Paper[] {
  const score = trendingScorer(now);
  const published = (paper: Paper): string => (paper.publishedAt !== null && plausibleDate(paper.publishedAt, now) ? paper.publishedAt : '');
  const scored = papers.filter((paper) => paper.withdrawnAt === null).map((paper) => ({ paper, score: score(paper), published: published(paper) }));
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
  const score = trendingScorer(now);
  const out = new Float64Array(papers.length);
  for (let i = 0; i < papers.length; i += 1) out[i] = score(papers[i] as Paper);
  return out;
}

/** Papers scored between two pauses of popularityGently. */
const SCORE_CHUNK = 10_000;

/**
 * popularityOf in steps of 10,000 papers separated by `pause`, for the serving thread; `visit`
 * runs on each paper just before it is scored (e.g. to copy its latest live numbers onto it).
 */
export async function popularityGently(papers: readonly Paper[], now: Date, pause: () => Promise<void>, visit?: (paper: Paper) => void): Promise<Float64Array> {
  const popularity = new Float64Array(papers.length);
  const score = trendingScorer(now);
  for (let start = 0; start < papers.length; start += SCORE_CHUNK) {
    const end = Math.min(papers.length, start + SCORE_CHUNK);
    for (let i = start; i < end; i += 1) {
      const paper = papers[i] as Paper;
      visit?.(paper);
      popularity[i] = score(paper);
    }
    await pause();
  }
  return popularity;
}

/** A scoring function with a shared date cache, for scoring many papers at one `now`. */
export function trendingScorer(now: Date): (paper: Paper) => number {
  const resolve = dateResolver(now);
  const day = utcDay(now);
  const nowMs = now.getTime();
  return (paper) => scoreWith(paper, listingFacts(paper, now, day, resolve), nowMs);
}
