/** How the feed backs off after a failed request; see nextRetryDelay. */
export const FEED_RETRY = { firstMs: 60_000, maxMs: 60 * 60_000, maxRetryAfterMs: 6 * 60 * 60_000 } as const;

/**
 * How long to wait before asking again after `failures` failures in a row (1 = the first): the
 * server's Retry-After when it gave one (capped at 6 hours), otherwise a minute, doubling each
 * time up to an hour — so a failing source gets a retry later the same day, never a storm.
 */
export function nextRetryDelay(failures: number, retryAfterMs: number | null): number {
  if (retryAfterMs !== null) return Math.min(Math.max(retryAfterMs, 1000), FEED_RETRY.maxRetryAfterMs);
  return Math.min(FEED_RETRY.firstMs * 2 ** Math.max(0, failures - 1), FEED_RETRY.maxMs);
}
