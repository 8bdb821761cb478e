import type pg from 'pg';
import type { RateLimit } from '../store.js';
import { waitAfterReserving, waitForSlot } from '../tokenBucket.js';

/**
 * A token bucket in one row, shared by every process on the database: the reservation rule of
 * tokenBucket.ts (refill, take one even into debt, wait out the debt) in one UPDATE, on the
 * server's clock, so processes on machines with skewed clocks still share one rate. The row
 * lock serialises the callers; each asks once per token.
 */
export function sharedTokenBuckets(pool: pg.Pool): (limit: RateLimit, signal?: AbortSignal) => Promise<void> {
  const seeded = new Set<string>();
  return async (limit, signal) => {
    if (!seeded.has(limit.name)) {
      await pool.query('INSERT INTO rate_buckets (name, tokens, updated_at) VALUES ($1, $2, clock_timestamp()) ON CONFLICT (name) DO NOTHING', [limit.name, limit.burst]);
      seeded.add(limit.name);
    }
    await waitForSlot(async () => {
      const result = await pool.query<{ tokens: number }>(
        `UPDATE rate_buckets SET
           tokens = LEAST($2::float8, tokens + $3::float8 * GREATEST(0, EXTRACT(EPOCH FROM clock_timestamp() - updated_at)::float8)) - 1,
           updated_at = clock_timestamp()
         WHERE name = $1
         RETURNING tokens`,
        [limit.name, limit.burst, limit.perSecond],
      );
      const tokens = result.rows[0]?.tokens;
      if (tokens === undefined) {
        seeded.delete(limit.name); // the row went away (a restore?): seed it again next time
        return 0;
      }
      return waitAfterReserving(tokens, limit);
    }, signal);
  };
}
