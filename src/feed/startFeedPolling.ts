import type { Logger } from '../logger.js';
import { startScheduler } from '../schedule/startScheduler.js';
import type { FeedPoller } from './feedPoller.js';

/** The running feed schedule. */
export interface FeedPolling {
  /** When the next scheduled poll runs (wall-clock time), or null. */
  nextPoll(): Date | null;
  stop(): Promise<void>;
}

/**
 * Polls on DIGEST_FEED_CRON, once right away (backfill after first start or downtime), and — after
 * a failure — once more when the back-off ends, so a failed fetch is retried the same day rather
 * than at the next scheduled poll only.
 */
export function startFeedPolling(poller: FeedPoller, pattern: string, logger: Logger): FeedPolling {
  let retry: NodeJS.Timeout | null = null;
  let stopped = false;
  const poll = async (): Promise<void> => {
    const summary = await poller.poll();
    if (stopped || summary.retryInMs === null) return;
    if (retry !== null) clearTimeout(retry);
    const delay = Math.max(1000, summary.retryInMs);
    retry = setTimeout(() => {
      retry = null;
      poll().catch((error: unknown) => logger.error('feed: retry failed', { error: String(error) }));
    }, Math.min(delay, 2 ** 31 - 1));
    retry.unref();
  };
  const scheduler = startScheduler(pattern, poll, logger, 'DIGEST_FEED_CRON');
  poll().catch((error: unknown) => logger.error('feed: first poll failed', { error: String(error) }));
  return {
    nextPoll: () => scheduler.nextRun(),
    async stop() {
      stopped = true;
      if (retry !== null) clearTimeout(retry);
      await scheduler.stop();
    },
  };
}
