import { describe, expect, it } from 'vitest';
import type { FeedPoller, PollSummary } from '../../src/feed/feedPoller.js';
import { countedFeedPoller, countedPoster } from '../../src/ops/countedPorts.js';
import { createMetrics } from '../../src/ops/metrics.js';
import type { DigestPoster, PostResult } from '../../src/schedule/digestJob.js';
import { parsePrometheus, sampleSum } from '../helpers/prometheus.js';

async function count(metrics: ReturnType<typeof createMetrics>, name: string, outcome: string): Promise<number> {
  return sampleSum(parsePrometheus((await metrics.render()).text), name, { outcome });
}

describe('countedPoster', () => {
  it('counts a posted digest as delivered, a refused or thrown one as failed, and passes everything through', async () => {
    const metrics = createMetrics();
    const answers: (PostResult | Error)[] = [{ ok: true, messageId: 'm1' }, { ok: false, kind: 'forbidden', error: '403' }, new Error('socket hang up')];
    const inner: DigestPoster<string> = {
      post: () => {
        const next = answers.shift();
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next ?? { ok: true, messageId: 'x' });
      },
      findPosted: (channelId, marker) => Promise.resolve(`${channelId}:${marker}`),
    };
    const poster = countedPoster(inner, metrics);
    expect(await poster.post('1', 'payload', 'n')).toEqual({ ok: true, messageId: 'm1' });
    expect(await poster.post('1', 'payload', 'n')).toMatchObject({ ok: false, kind: 'forbidden' });
    await expect(poster.post('1', 'payload', 'n')).rejects.toThrow('socket hang up');
    expect(await poster.findPosted('7', 'mark')).toBe('7:mark');
    expect(await count(metrics, 'paperboy_digests_total', 'delivered')).toBe(1);
    expect(await count(metrics, 'paperboy_digests_total', 'failed')).toBe(2);
  });
});

describe('countedFeedPoller', () => {
  it('counts the listing days each poll fetched and the one that failed', async () => {
    const metrics = createMetrics();
    const summaries: PollSummary[] = [
      { fetched: ['2026-03-01', '2026-03-02'], papersAdded: 5, statsChanged: 0, failed: null, retryAt: null, retryInMs: null, skipped: null },
      { fetched: ['2026-03-03'], papersAdded: 0, statsChanged: 0, failed: { day: '2026-03-04', reason: '500' }, retryAt: null, retryInMs: null, skipped: null },
    ];
    const inner = { poll: () => Promise.resolve(summaries.shift() as PollSummary), fetchDays: () => Promise.reject(new Error('unused')), status: () => ({ lastFetch: null }) } as unknown as FeedPoller;
    const poller = countedFeedPoller(inner, metrics);
    expect((await poller.poll()).papersAdded).toBe(5);
    await poller.poll();
    expect(await count(metrics, 'paperboy_feed_fetches_total', 'ok')).toBe(3);
    expect(await count(metrics, 'paperboy_feed_fetches_total', 'failed')).toBe(1);
    expect(poller.status()).toEqual({ lastFetch: null });
  });
});
