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

/** A wake-up later than this past its slot means the slot was missed (a GC pause, a busy loop). */
export const LATE_MS = 40;

/**
 * Reserves a token with `reserve` (which answers how long to wait for it) and waits for its slot.
 * A caller that wakes up more than LATE_MS after its slot does not use it late — sending then would
 * land among the requests of the slots after it and burst past the limit — but reserves again.
 */
export async function waitForSlot(reserve: () => Promise<number>, signal?: AbortSignal): Promise<void> {
  // A process too busy to ever wake on time still sends after a few tries (each try costs a token).
  for (let attempt = 1; ; attempt += 1) {
    const waitMs = await reserve();
    if (waitMs <= 0) return;
    const slot = performance.now() + waitMs;
    await sleep(waitMs, signal);
    if (performance.now() - slot <= LATE_MS || attempt >= MAX_RESERVES) return;
  }
}

/** Reservations a caller makes at most before it sends even when late. */
const MAX_RESERVES = 3;

/** Token buckets held in this process's memory (the SQLite store: one process per file), on the monotonic clock. */
export function localTokenBuckets(now: () => number = () => performance.now()): (limit: RateLimit, signal?: AbortSignal) => Promise<void> {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (limit, signal) =>
    waitForSlot(() => {
      const t = now();
      const bucket = buckets.get(limit.name) ?? { tokens: limit.burst, at: t };
      const { tokens, waitMs } = reserveToken(bucket.tokens, t - bucket.at, limit);
      buckets.set(limit.name, { tokens, at: t });
      return Promise.resolve(waitMs);
    }, signal);
}
