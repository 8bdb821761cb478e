import { describe, expect, it } from 'vitest';
import { nextRetryDelay } from '../../src/feed/feedRetry.js';
import { retryAfterMs } from '../../src/feed/fetchDailyList.js';
import { isFinalFetch, planFeedPoll } from '../../src/feed/planFeedPoll.js';

const day = (fetchedAt: string, final: boolean) => ({ fetchedAt, final, ids: [], files: [] });

describe('planFeedPoll', () => {
  const now = new Date('2026-03-12T10:07:00Z');

  it('on a first start backfills the missing days oldest first, then today', () => {
    expect(planFeedPoll(now, { days: {} }, 3)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12']);
  });

  it('skips days already final, fetches yesterday once more when it was fetched before it ended', () => {
    const days = {
      '2026-03-09': day('2026-03-10T01:00:00Z', true),
      '2026-03-10': day('2026-03-11T01:00:00Z', true),
      '2026-03-11': day('2026-03-11T23:07:00Z', false),
    };
    expect(planFeedPoll(now, { days }, 3)).toEqual(['2026-03-11', '2026-03-12']);
    expect(planFeedPoll(now, { days: { ...days, '2026-03-11': day('2026-03-12T00:07:00Z', true) } }, 3)).toEqual(['2026-03-12']);
  });

  it('with no backfill polls today only', () => {
    expect(planFeedPoll(now, { days: {} }, 0)).toEqual(['2026-03-12']);
  });

  it('calls a fetch final once the listing day is over (UTC)', () => {
    expect(isFinalFetch('2026-03-11', new Date('2026-03-11T23:59:59Z'))).toBe(false);
    expect(isFinalFetch('2026-03-11', new Date('2026-03-12T00:00:00Z'))).toBe(true);
  });
});

describe('feed back-off', () => {
  it('honours Retry-After (seconds or HTTP date), capped at 6 hours', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs('Thu, 12 Mar 2026 10:10:00 GMT', Date.parse('2026-03-12T10:07:00Z'))).toBe(180_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(nextRetryDelay(1, 120_000)).toBe(120_000);
    expect(nextRetryDelay(1, 48 * 3600_000)).toBe(6 * 3600_000);
  });

  it('otherwise starts at a minute and doubles up to an hour, so a failure is retried the same day', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => nextRetryDelay(n, null) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });
});
