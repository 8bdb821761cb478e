import type { RateLimit } from './store.js';

/**
 * Reservation rule of the token bucket: refill for the time elapsed (capped at `burst`), take one
 * token even when that leaves the bucket in debt, and wait until the debt is paid back. So on
 * average at most `perSecond` pass, at most `burst` at once, and each caller asks only once. The
 * PostgreSQL store runs the same rule in one UPDATE (postgres/tokenBucketSql.ts).
 */
export function reserveToken(tokens: number, elapsedMs: number, limit: Pick<RateLimit, 'perSecond' | 'burst'>): { tokens: number; waitMs: number } {
  const after = Math.min(limit.burst, tokens + (limit.perSecond * Math.max(0, elapsedMs)) / 1000) - 1;
  return { tokens: after, waitMs: waitAfterReserving(after, limit) };
}

/** How long a caller whose reservation left the bucket at `tokensAfter` waits. */
export function waitAfterReserving(tokensAfter: number, limit: Pick<RateLimit, 'perSecond'>): number {
  return tokensAfter >= 0 ? 0 : Math.ceil((-tokensAfter * 1000) / limit.perSecond);
}

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Token buckets held in this process's memory (the SQLite store: one process per file), on the monotonic clock. */
export function localTokenBuckets(now: () => number = () => performance.now()): (limit: RateLimit, signal?: AbortSignal) => Promise<void> {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (limit, signal) => {
    const t = now();
    const bucket = buckets.get(limit.name) ?? { tokens: limit.burst, at: t };
    const { tokens, waitMs } = reserveToken(bucket.tokens, t - bucket.at, limit);
    buckets.set(limit.name, { tokens, at: t });
    if (waitMs > 0) await sleep(waitMs, signal);
  };
}
