import { describe, expect, it } from 'vitest';
import { LATE_MS, localTokenBuckets, reserveToken, waitAfterReserving, waitForSlot } from '../../src/store/tokenBucket.js';
import { DIGEST_BURST, DISCORD_GLOBAL_LIMIT, digestRateLimit, throttledPoster } from '../../src/schedule/throttledPoster.js';
import type { DigestPoster } from '../../src/schedule/digestJob.js';

const limit = { name: 'x', perSecond: 10, burst: 3 };

describe('token bucket rule', () => {
  it('refills with time up to the burst, takes one, and waits out a debt', () => {
    expect(reserveToken(3, 0, limit)).toEqual({ tokens: 2, waitMs: 0 });
    expect(reserveToken(0, 0, limit)).toEqual({ tokens: -1, waitMs: 100 });
    expect(reserveToken(-1, 0, limit)).toEqual({ tokens: -2, waitMs: 200 });
    // 250 ms refill 2.5 tokens; an hour refills only to the burst.
    expect(reserveToken(-2, 250, limit).tokens).toBeCloseTo(-0.5);
    expect(reserveToken(0, 3_600_000, limit)).toEqual({ tokens: 2, waitMs: 0 });
    // A clock that went backwards refills nothing.
    expect(reserveToken(1, -500, limit)).toEqual({ tokens: 0, waitMs: 0 });
    expect(waitAfterReserving(-0.01, limit)).toBe(1);
  });

  it('N callers at once: the burst goes now, the k-th after it waits k / rate', async () => {
    let now = 0;
    const take = localTokenBuckets(() => now);
    const waits: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: 5 }, async () => {
      await take(limit);
      waits.push(performance.now() - started);
    }));
    waits.sort((a, b) => a - b);
    // burst 3 at once; the 4th and 5th wait 100 and 200 ms (the clock `now` stands still meanwhile).
    expect(waits.slice(0, 3).every((w) => w < 50)).toBe(true);
    expect(waits[3]).toBeGreaterThanOrEqual(95);
    expect(waits[4]).toBeGreaterThanOrEqual(195);
    now = 10_000;
    const t = performance.now();
    await take(limit);
    expect(performance.now() - t).toBeLessThan(50);
  });

  it('gives up waiting when the signal aborts', async () => {
    const take = localTokenBuckets(() => 0);
    const controller = new AbortController();
    for (let i = 0; i < 3; i += 1) await take(limit);
    const waiting = take(limit, controller.signal);
    controller.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
  });

  it('the digest rate at its maximum plus the burst stays within Discord\'s global limit', () => {
    expect(45 + DIGEST_BURST).toBeLessThanOrEqual(DISCORD_GLOBAL_LIMIT);
    expect(digestRateLimit(40)).toEqual({ name: 'discord-digest', perSecond: 40, burst: DIGEST_BURST });
  });
});

describe('throttledPoster', () => {
  it('takes a token before every post and every look-up, and only then calls Discord', async () => {
    const events: string[] = [];
    const poster: DigestPoster<string> = {
      post: (channelId) => {
        events.push(`post ${channelId}`);
        return Promise.resolve({ ok: true, messageId: 'm' });
      },
      findPosted: (channelId) => {
        events.push(`find ${channelId}`);
        return Promise.resolve(null);
      },
    };
    const throttled = throttledPoster(poster, () => {
      events.push('token');
      return Promise.resolve();
    });
    await throttled.post('1', 'payload', 'nonce');
    await throttled.findPosted('2', 'ref x');
    expect(events).toEqual(['token', 'post 1', 'token', 'find 2']);
  });
});

describe('waitForSlot', () => {
  const block = (ms: number): void => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // a busy event loop (a long GC pause or a synchronous task)
    }
  };

  it('uses a slot it wakes up for on time, with one reservation', async () => {
    let reservations = 0;
    await waitForSlot(() => Promise.resolve(reservations++ === 0 ? 20 : 0));
    expect(reservations).toBe(1);
  });

  it('reserves again when it woke up too late for its slot, instead of sending into later slots', async () => {
    let reservations = 0;
    const blocker = setTimeout(() => block(LATE_MS * 3), 5);
    await waitForSlot(() => Promise.resolve(++reservations === 1 ? 10 : 10));
    clearTimeout(blocker);
    expect(reservations).toBe(2);
  });

  it('still goes after a few late wake-ups (a process always busy is not starved)', async () => {
    let reservations = 0;
    const busy = setInterval(() => block(LATE_MS * 2), 1);
    try {
      await waitForSlot(() => {
        reservations += 1;
        return Promise.resolve(5);
      });
    } finally {
      clearInterval(busy);
    }
    expect(reservations).toBe(3);
  });
});
