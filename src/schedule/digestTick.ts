import type { AppContext } from '../context.js';
import { FEED_LIMITS, fetchFeed } from '../digest/fetchFeed.js';
import type { LibraryRefresher } from '../digest/libraryRefresher.js';
import type { DigestPoster } from './digestJob.js';
import { runDueDigests } from './runDueDigests.js';
import { rescored } from '../search/library.js';

/** Channels posted to at once during a fan-out (discord.js still enforces Discord's rate limits). */
export const FAN_OUT_CONCURRENCY = 16;

/**
 * One scheduler tick: fetch the day's feed (first tick of each UTC day, when DIGEST_FEED_URL is
 * set), re-read the digest folder if it changed, then deliver whatever is due.
 */
export function createDigestTick(ctx: AppContext, poster: DigestPoster, refresher: LibraryRefresher): () => Promise<void> {
  let feedDay: string | null = null;
  return async () => {
    const now = ctx.clock.now();
    const day = now.toISOString().slice(0, 10);
    if (ctx.config.digestFeedUrl !== null && feedDay !== day) {
      feedDay = day;
      await fetchFeed(ctx.config.digestFeedUrl, ctx.config.digestsDir, day, ctx.logger, fetch, { ...FEED_LIMITS, timeoutMs: ctx.config.digestFeedTimeoutMs });
    }
    await refresher.refresh();
    // Trending scores age with the calendar: re-score once a day even when no digest arrived.
    const library = ctx.library.current();
    if (library.builtAt.toISOString().slice(0, 10) !== now.toISOString().slice(0, 10)) ctx.library.swap(rescored(library, now));
    const summary = await runDueDigests(
      { store: ctx.store, library: () => ctx.library.current(), poster, logger: ctx.logger, concurrency: FAN_OUT_CONCURRENCY },
      ctx.clock.now(),
    );
    if (Object.values(summary).some((n) => n > 0)) ctx.logger.info('digest run', { ...summary });
  };
}
