import type { Config } from '../config.js';
import { offsetClock } from '../context.js';
import { readFeedState } from '../digest/feedState.js';
import { createFeedPoller } from '../feed/feedPoller.js';
import { DEFAULT_FETCH_LIMITS } from '../feed/fetchDailyList.js';
import { utcDay } from '../feed/planFeedPoll.js';
import { silentLogger } from '../logger.js';
import { openLibrary } from '../search/openLibrary.js';
import { newestListingDay } from '../status/collectStatus.js';
import { USER_AGENT, VERSION } from '../version.js';

interface FeedCliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  json: boolean;
  now: Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The days `fetch` asks for: `--date D` alone, the `--days N` up to D (default today), oldest first. */
export function daysToFetch(date: string | undefined, days: number, now: Date): string[] | null {
  if (date !== undefined && (!DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) return null;
  const last = new Date(date === undefined ? utcDay(now) : `${date}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => utcDay(last, i - days + 1));
}

/** `fetch [--date D] [--days N]`: backfills listing days by hand; exit 1 when a request failed. */
export async function runFetch(config: Config, days: readonly string[], io: FeedCliIo): Promise<number> {
  if (config.digestFeedUrl === null) {
    io.err('paperboy: the feed is off (DIGEST_FEED_URL=off); set DIGEST_FEED_URL to fetch');
    return 2;
  }
  const poller = createFeedPoller({
    url: config.digestFeedUrl,
    digestsDir: config.digestsDir,
    backfillDays: 0,
    limits: { ...DEFAULT_FETCH_LIMITS, timeoutMs: config.digestFeedTimeoutMs },
    userAgent: USER_AGENT,
    pauseMs: 1000,
    clock: offsetClock(io.now),
    logger: silentLogger,
    // The bot (or the next CLI command) indexes the new files when it next opens the library.
    onStored: () => Promise.resolve(),
  });
  const summary = await poller.fetchDays(days);
  const result = { fetched: summary.fetched, papersAdded: summary.papersAdded, statsChanged: summary.statsChanged, failed: summary.failed };
  const text = [
    `fetched ${summary.fetched.length} of ${days.length} day(s): ${summary.papersAdded} new papers, ${summary.statsChanged} papers with new numbers`,
    ...(summary.failed === null ? [] : [`failed at ${summary.failed.day}: ${summary.failed.reason}`]),
  ].join('\n');
  io.out(io.json ? JSON.stringify(result) : text);
  return summary.failed === null ? 0 : 1;
}

/** `status`: papers, newest listing day, the feed's last fetch. */
export async function runStatus(config: Config, io: FeedCliIo): Promise<number> {
  const { library } = await openLibrary({ digestsDir: config.digestsDir, cacheDir: config.indexCacheDir, now: io.now, logger: silentLogger });
  const { state } = await readFeedState(config.digestsDir);
  const status = {
    version: VERSION,
    papers: library.papers.filter((p) => p.withdrawnAt === null).length,
    newestDay: newestListingDay(library.catalogue, io.now),
    feed: config.digestFeedUrl === null ? null : { url: config.digestFeedUrl, lastFetch: state.lastFetch, lastSuccess: state.lastSuccess, daysStored: Object.keys(state.days).length },
  };
  const last = state.lastFetch;
  const text = [
    `paperboy ${status.version}`,
    `papers: ${status.papers}`,
    `newest listing day: ${status.newestDay ?? 'none'}`,
    status.feed === null
      ? 'feed: off (DIGEST_FEED_URL=off)'
      : `feed: ${status.feed.url}; ${status.feed.daysStored} day(s) stored; last fetch: ${last === null ? 'never' : `${last.at} (${last.day}) ${last.ok ? 'ok' : 'failed'}: ${last.detail}`}`,
  ].join('\n');
  io.out(io.json ? JSON.stringify(status) : text);
  return 0;
}
