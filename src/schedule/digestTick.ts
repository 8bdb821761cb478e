import type { AppContext } from '../context.js';
import type { DigestJobDeps, DigestPoster, LeaseTerms } from './digestJob.js';
import { runDueDigests } from './runDueDigests.js';
import { rescored } from '../search/library.js';

/** Channels posted to at once during a fan-out (discord.js still enforces Discord's rate limits). */
export const FAN_OUT_CONCURRENCY = 16;

/** The library refresher (src/libraryRefresher.ts, wired in src/app.ts), as the tick needs it. */
export interface LibraryRefresherPort {
  refresh(): Promise<unknown>;
}

/**
 * One scheduler tick: re-read the digest folder if it changed (digests copied in by hand; the live
 * feed triggers its own refresh), re-score once a day, then deliver whatever is due.
 */
export function createDigestTick(ctx: AppContext, poster: DigestPoster, render: DigestJobDeps['render'], refresher: LibraryRefresherPort, lease: LeaseTerms): () => Promise<void> {
  return async () => {
    const now = ctx.clock.now();
    await refresher.refresh();
    // Trending scores age with the calendar: re-score once a day even when no digest arrived.
    const library = ctx.library.current();
    if (library.builtAt.toISOString().slice(0, 10) !== now.toISOString().slice(0, 10)) ctx.library.swap(rescored(library, now));
    const summary = await runDueDigests(
      { store: ctx.store, lease, library: () => ctx.library.current(), poster, render, logger: ctx.logger, concurrency: FAN_OUT_CONCURRENCY },
      ctx.clock.now(),
    );
    if (Object.values(summary).some((n) => n > 0)) ctx.logger.info('digest run', { ...summary });
  };
}
