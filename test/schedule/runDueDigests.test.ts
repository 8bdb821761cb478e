import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { deliveryMarker, deliveryNonce } from '../../src/schedule/deliveryIdentity.js';
import { deliveryInstant } from '../../src/schedule/dueRule.js';
import { reconcileInFlight } from '../../src/schedule/reconcileInFlight.js';
import { runDueDigests } from '../../src/schedule/runDueDigests.js';
import type { Library } from '../../src/search/library.js';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import type { Store } from '../../src/store/store.js';
import { parseTopic } from '../../src/subscriptions/topic.js';
import { papersAbout } from '../../src/search/papersAbout.js';
import { tempStore } from '../subscriptions/tempStore.js';
import { FakePoster } from '../../support/schedule/fakePoster.js';
import { every, jobDeps, subscribe } from './harness.js';
import { shippedLibrary } from '../../support/schedule/shippedLibrary.js';

let library: Library;
let store: Store;
let file: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  library = await shippedLibrary();
});
beforeEach(() => {
  ({ store, file, cleanup } = tempStore());
});
afterEach(async () => {
  await store.close(); // the store a test reopened after a "crash"
  await cleanup();
});

const run = (poster: FakePoster, iso: string | Date, concurrency = 4) =>
  runDueDigests(jobDeps(store, library, poster, concurrency), typeof iso === 'string' ? new Date(iso) : iso);

describe('runDueDigests', () => {
  it('delivers exactly once per local day across many runs, in every zone and across a DST change', async () => {
    const zones = [
      { channelId: '1', time: '09:00', timezone: 'Europe/Berlin' },
      { channelId: '2', time: '02:30', timezone: 'Europe/Berlin' }, // skipped on 29 Mar
      { channelId: '3', time: '06:30', timezone: 'Asia/Kolkata' },
      { channelId: '4', time: '23:45', timezone: 'Pacific/Chatham' },
      { channelId: '5', time: '00:00', timezone: 'America/New_York' },
      { channelId: '6', time: '09:00', timezone: 'UTC' },
    ];
    for (const z of zones) await subscribe(store, z.channelId, { time: z.time, timezone: z.timezone });
    const poster = new FakePoster();
    for (const now of every(7, '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')) await run(poster, now);

    for (const z of zones) {
      const messages = poster.inChannel(z.channelId);
      const days = messages.map((m) => /· (\w{3} \d+ \w{3})$/.exec(m.title)?.[1]);
      expect(new Set(days).size, `channel ${z.channelId}`).toBe(days.length);
      expect(messages.length).toBeGreaterThanOrEqual(3);
      const papers = messages.flatMap((m) => m.paperIds);
      expect(new Set(papers).size).toBe(papers.length); // never a paper twice
      for (const m of messages) {
        const nonce = m.nonce;
        const localDate = ['2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31'].find(
          (d) => deliveryNonce(z.channelId, d) === nonce,
        );
        expect(localDate).toBeDefined();
        const row = await store.getDelivery(z.channelId, localDate ?? '');
        expect(row?.status).toBe('delivered');
        // Claimed by the first run at or after the local delivery time.
        const due = deliveryInstant(z, localDate ?? '').getTime();
        const claimed = Date.parse(row?.createdAt ?? '');
        expect(claimed).toBeGreaterThanOrEqual(due);
        // The first run catches up the day in progress; after that, the first run past the time.
        if (claimed !== Date.parse('2026-03-27T00:00:00Z')) expect(claimed - due).toBeLessThan(7 * 60_000);
      }
    }
    // 02:30 Berlin on the spring-forward Sunday went out at 03:00 CEST.
    expect((await store.getDelivery('2', '2026-03-29'))?.createdAt).toBe('2026-03-29T01:00:00.000Z'); // a run falls on 01:00Z exactly
  });

  it('a subscription made after today\'s time waits for tomorrow', async () => {
    await subscribe(store, '1', { at: '2026-03-10T09:00:00.000Z' }); // 10:00 Berlin, time 09:00
    const poster = new FakePoster();
    await run(poster, '2026-03-10T09:01:00Z');
    await run(poster, '2026-03-10T22:00:00Z');
    expect(poster.messages).toHaveLength(0);
    await run(poster, '2026-03-11T08:00:00Z');
    expect(poster.messages).toHaveLength(1);
  });

  it('catches up later the same local day, but never delivers a missed day', async () => {
    await subscribe(store, '1');
    const poster = new FakePoster();
    // Down at 09:00, back at 15:00 the same day: one digest.
    expect(await run(poster, '2026-03-10T14:00:00Z')).toMatchObject({ delivered: 1 });
    await run(poster, '2026-03-10T14:01:00Z');
    expect(poster.messages).toHaveLength(1);
    // Down all of 11 March; back at 08:00 on the 12th: nothing for the 11th, the 12th at 09:00.
    await run(poster, '2026-03-12T07:00:00Z');
    expect(poster.messages).toHaveLength(1);
    expect(await store.getDelivery('1', '2026-03-11')).toBeNull();
    await run(poster, '2026-03-12T08:00:00Z');
    expect(poster.messages).toHaveLength(2);
    expect((await store.lastDelivery('1'))?.localDate).toBe('2026-03-12');
  });

  it('repeats no paper across days until the pool is used up, then sends nothing', async () => {
    await subscribe(store, '1', { topics: ['quantization'], count: 3 });
    const pool = papersAbout(library, parseTopic('quantization'));
    const poster = new FakePoster();
    const summaries = [];
    for (let day = 10; day <= 16; day += 1) summaries.push(await run(poster, `2026-03-${day}T08:00:00Z`));
    const sent = poster.messages.flatMap((m) => m.paperIds);
    expect(new Set(sent).size).toBe(sent.length);
    expect(new Set(sent)).toEqual(new Set(pool));
    expect(poster.messages).toHaveLength(Math.ceil(pool.length / 3));
    const quiet = summaries.slice(Math.ceil(pool.length / 3));
    expect(quiet.length).toBeGreaterThan(0);
    for (const s of quiet) expect(s).toMatchObject({ delivered: 0, nothingNew: 1 });
    expect(await store.getDelivery('1', '2026-03-16')).toMatchObject({ status: 'nothing_new', nonce: null, papers: [] });
    expect(await store.deliveredPaperIds('1')).toEqual(new Set(pool));
  });

  it('pauses on 404 and 403, and still delivers to everyone else', async () => {
    for (const id of ['1', '2', '3', '4']) await subscribe(store, id);
    const poster = new FakePoster().script('1', 'gone').script('2', 'forbidden').script('3', 'throw');
    const summary = await run(poster, '2026-03-10T08:00:00Z');
    expect(summary).toEqual({ delivered: 1, nothingNew: 0, paused: 2, retrying: 1, failed: 0, errors: 0 });
    expect(await store.getSubscription('1')).toMatchObject({ pausedReason: 'channel deleted', pausedAt: '2026-03-10T08:00:00.000Z' });
    expect(await store.getSubscription('2')).toMatchObject({ pausedReason: 'missing permission to post' });
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'failed', error: '404 Unknown Channel' });
    expect(await store.getDelivery('2', '2026-03-10')).toMatchObject({ status: 'failed', error: '403 Missing Access' });
    expect((await store.deliveredPaperIds('1')).size).toBe(0);
    expect(poster.inChannel('4')).toHaveLength(1);
    // Paused channels are skipped from then on; the others carry on.
    // 3's pending retry belongs to yesterday: settled as failed (nothing was posted); 3 and 4 get today's.
    expect(await run(poster, '2026-03-11T08:00:00Z')).toMatchObject({ delivered: 2, failed: 1, paused: 0 });
    expect(poster.calls.filter((c) => c.channelId === '1' || c.channelId === '2')).toHaveLength(2);
    expect(await store.getDelivery('1', '2026-03-11')).toBeNull();
  });

  it('retries a 5xx with backoff, same nonce and papers, then succeeds', async () => {
    await subscribe(store, '1');
    const poster = new FakePoster().script('1', 'retry', 'retry', 'ok');
    expect(await run(poster, '2026-03-10T08:00:00Z')).toMatchObject({ retrying: 1 });
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-03-10T08:01:00.000Z' });
    expect(await run(poster, '2026-03-10T08:00:30Z')).toMatchObject({ retrying: 0, delivered: 0 }); // not yet
    expect(await run(poster, '2026-03-10T08:01:00Z')).toMatchObject({ retrying: 1 });
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ attempts: 2, nextAttemptAt: '2026-03-10T08:03:00.000Z' });
    expect(await run(poster, '2026-03-10T08:03:00Z')).toMatchObject({ delivered: 1 });
    expect(poster.calls).toHaveLength(3);
    expect(new Set(poster.calls.map((c) => c.nonce))).toEqual(new Set([deliveryNonce('1', '2026-03-10')]));
    expect(new Set(poster.calls.map((c) => c.paperIds.join()))).toHaveProperty('size', 1);
    expect(poster.messages).toHaveLength(1);
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'delivered', messageId: 'm1', nextAttemptAt: null });
  });

  it('gives up after eight failed attempts', async () => {
    await subscribe(store, '1');
    const poster = new FakePoster().script('1', ...Array<'retry'>(10).fill('retry'));
    for (const now of every(1, '2026-03-10T08:00:00Z', '2026-03-10T11:00:00Z')) await run(poster, now);
    expect(poster.calls).toHaveLength(8);
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'failed', attempts: 7, error: 'gave up after 8 attempts: 503 Service Unavailable' });
    expect((await store.deliveredPaperIds('1')).size).toBe(0);
  });

  it('a post that went out but timed out is found, not posted again', async () => {
    await subscribe(store, '1');
    const poster = new FakePoster().script('1', 'posted-then-timeout');
    expect(await run(poster, '2026-03-10T08:00:00Z')).toMatchObject({ retrying: 1 });
    expect(await run(poster, '2026-03-10T08:01:00Z')).toMatchObject({ delivered: 1 });
    expect(poster.calls).toHaveLength(1);
    expect(poster.messages).toHaveLength(1);
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'delivered', messageId: 'm1' });
  });

  it('a retry still pending when its local day ends is settled, and the new day starts afresh', async () => {
    await subscribe(store, '1', { time: '23:50' });
    const poster = new FakePoster().script('1', 'retry', 'retry');
    await run(poster, '2026-03-10T22:50:00Z'); // 23:50 Berlin: retry at 23:51
    await run(poster, '2026-03-10T22:51:00Z'); // retry at 23:53
    expect(await run(poster, '2026-03-10T23:10:00Z')).toMatchObject({ failed: 1 }); // 00:10 on the 11th
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'failed', error: 'not posted: its day passed' });
    expect(await run(poster, '2026-03-11T22:50:00Z')).toMatchObject({ delivered: 1 });
    expect(poster.messages).toHaveLength(1);
  });

  it('respects the concurrency bound', async () => {
    for (let i = 0; i < 12; i += 1) await subscribe(store, String(100 + i));
    const poster = new FakePoster([], { delayMs: 20 });
    expect(await run(poster, '2026-03-10T08:00:00Z', 3)).toMatchObject({ delivered: 12 });
    expect(poster.maxInFlight).toBe(3);
    const wide = new FakePoster([], { delayMs: 20 });
    for (let i = 0; i < 12; i += 1) await subscribe(store, String(200 + i));
    await run(wide, '2026-03-10T08:00:00Z', 1);
    expect(wide.maxInFlight).toBe(1);
    expect(wide.calls).toHaveLength(12);
  });

  it('skips a paused subscription and resumes it', async () => {
    await subscribe(store, '1');
    await store.pauseSubscription('1', 'paused by a moderator', '2026-03-09T00:00:00.000Z');
    const poster = new FakePoster();
    expect(await run(poster, '2026-03-10T08:00:00Z')).toMatchObject({ delivered: 0 });
    await store.resumeSubscription('1', '2026-03-10T10:00:00.000Z');
    expect(await run(poster, '2026-03-10T10:00:00Z')).toMatchObject({ delivered: 1 });
  });

  it('sends nothing to a guild that was removed', async () => {
    await subscribe(store, '1', { guildId: '900' });
    await subscribe(store, '2', { guildId: '901' });
    const poster = new FakePoster();
    await run(poster, '2026-03-10T08:00:00Z');
    expect(await store.removeGuild('900')).toBe(1);
    await run(poster, '2026-03-11T08:00:00Z');
    expect(poster.inChannel('1')).toHaveLength(1);
    expect(poster.inChannel('2')).toHaveLength(2);
  });

  it('logs each channel and never throws for one', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (l) => lines.push(l) });
    await subscribe(store, '1');
    await subscribe(store, '2');
    const poster = new FakePoster().script('1', 'throw');
    const summary = await runDueDigests(jobDeps(store, library, poster, 2, logger), new Date('2026-03-10T08:00:00Z'));
    expect(summary).toMatchObject({ delivered: 1, retrying: 1 });
    expect(lines.some((l) => l.includes('"channelId":"1"') && l.includes('"outcome":"retrying"'))).toBe(true);
    expect(lines.some((l) => l.includes('digest: run done'))).toBe(true);
  });

  it('rejects a bad concurrency', async () => {
    await expect(run(new FakePoster(), '2026-03-10T08:00:00Z', 0)).rejects.toThrow('schedule: concurrency must be a whole number ≥ 1, got 0');
  });
});

describe('restart after a crash mid fan-out', () => {
  /** Starts a run whose poster dies at `step`, waits for it to get there, then "kills" the process. */
  async function crashDuring(step: 'hang' | 'posted-then-hang', now: string): Promise<FakePoster> {
    await subscribe(store, '1', { topics: ['diffusion'] });
    const dying = new FakePoster().script('1', step);
    void runDueDigests(jobDeps(store, library, dying), new Date(now));
    await vi.waitFor(() => expect(dying.calls).toHaveLength(1));
    await store.close(); // the process is gone; what it committed is all there is
    store = openSqliteStore(file);
    return dying;
  }

  it('claim committed, post never happened: reconcile leaves it, the run posts it once with the same nonce and papers', async () => {
    const dying = await crashDuring('hang', '2026-03-10T08:00:00Z');
    const claimed = await store.getDelivery('1', '2026-03-10');
    expect(claimed).toMatchObject({ status: 'pending', nonce: deliveryNonce('1', '2026-03-10') });
    const poster = new FakePoster(dying.messages);
    expect(await reconcileInFlight(jobDeps(store, library, poster), new Date('2026-03-10T08:05:00Z'))).toEqual({ recovered: 0, pending: 1 });
    expect(await run(poster, '2026-03-10T08:05:00Z')).toMatchObject({ delivered: 1 });
    await run(poster, '2026-03-10T08:06:00Z');
    expect(poster.messages).toHaveLength(1);
    expect(poster.messages[0]?.nonce).toBe(claimed?.nonce);
    expect(poster.messages[0]?.paperIds).toEqual(claimed?.papers.map((p) => p.paperId));
    expect(poster.messages[0]?.paperIds).toEqual(dying.calls[0]?.paperIds);
    expect(await store.deliveredPaperIds('1')).toEqual(new Set(claimed?.papers.map((p) => p.paperId)));
  });

  it('posted but not recorded: reconcile finds the message and nothing is posted again', async () => {
    const dying = await crashDuring('posted-then-hang', '2026-03-10T08:00:00Z');
    expect(dying.messages).toHaveLength(1);
    expect((await store.getDelivery('1', '2026-03-10'))?.status).toBe('pending');
    const poster = new FakePoster(dying.messages);
    expect(await reconcileInFlight(jobDeps(store, library, poster), new Date('2026-03-10T08:05:00Z'))).toEqual({ recovered: 1, pending: 0 });
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'delivered', messageId: 'm1' });
    expect(await run(poster, '2026-03-10T08:05:00Z')).toMatchObject({ delivered: 0 });
    expect(poster.calls).toHaveLength(0);
    expect(poster.messages).toHaveLength(1);
    expect(poster.messages[0]?.footer).toContain(deliveryMarker(deliveryNonce('1', '2026-03-10')));
  });

  it('posted but not recorded, no reconcile: the retry looks before it posts', async () => {
    const dying = await crashDuring('posted-then-hang', '2026-03-10T08:00:00Z');
    const poster = new FakePoster(dying.messages);
    expect(await run(poster, '2026-03-10T08:05:00Z')).toMatchObject({ delivered: 1 });
    expect(poster.calls).toHaveLength(0);
    expect(poster.messages).toHaveLength(1);
  });

  it('a crash the day before: found → delivered, else failed, and today goes on', async () => {
    const dying = await crashDuring('hang', '2026-03-10T08:00:00Z');
    const poster = new FakePoster(dying.messages);
    const claimed = await store.getDelivery('1', '2026-03-10');
    expect(await run(poster, '2026-03-11T08:00:00Z')).toMatchObject({ failed: 1, delivered: 1 });
    expect(await store.getDelivery('1', '2026-03-10')).toMatchObject({ status: 'failed', error: 'not posted: its day passed' });
    // The undelivered papers were free to go out today.
    expect(poster.messages[0]?.paperIds).toEqual(claimed?.papers.map((p) => p.paperId));
  });
});
