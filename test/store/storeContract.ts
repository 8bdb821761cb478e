import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import type { Lease, SubscriptionInput } from '../../src/subscriptions/subscription.js';
import { parseTopic } from '../../src/subscriptions/topic.js';

// The one behaviour every Store implementation must have, run against SQLite (sqlite.test.ts) and
// a real PostgreSQL server (postgres.test.ts).

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';
const LEASE: Lease = { owner: 'p1', at: T0, until: '2026-03-01T10:01:00.000Z' };

function input(over: Partial<SubscriptionInput> = {}): SubscriptionInput {
  return {
    channelId: '100',
    guildId: '900',
    topics: [parseTopic('diffusion'), parseTopic('kv cache -survey')],
    time: '09:00',
    timezone: 'Europe/Berlin',
    count: 5,
    createdBy: '42',
    at: T0,
    ...over,
  };
}

/** A fresh, empty store location: `open` opens (another) Store on it, `cleanup` removes it. */
export interface StoreFixture {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** Defines the shared suite; `fresh` makes a new empty location for each test. */
export function storeContract(fresh: () => Promise<StoreFixture>): void {
  let fixture: StoreFixture;
  let store: Store;
  const opened: Store[] = [];
  const another = async (): Promise<Store> => {
    const s = await fixture.open();
    opened.push(s);
    return s;
  };
  beforeEach(async () => {
    fixture = await fresh();
    store = await another();
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await fixture.cleanup();
  });

  describe('subscriptions', () => {
    it('creates, reads, and lists by guild', async () => {
      const created = await store.upsertSubscription(input());
      expect(created).toMatchObject({ channelId: '100', createdAt: T0, updatedAt: T0, pausedReason: null, count: 5 });
      expect(created.topics.map((t) => t.text)).toEqual(['diffusion', 'kv cache -survey']);
      await store.upsertSubscription(input({ channelId: '101', guildId: '901', topics: [] }));
      expect(await store.getSubscription('100')).toEqual(created);
      expect(await store.getSubscription('nope')).toBeNull();
      expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['100', '101']);
      expect((await store.listSubscriptions('901')).map((s) => s.channelId)).toEqual(['101']);
    });

    it('an update keeps createdAt and createdBy, and clears a pause', async () => {
      await store.upsertSubscription(input());
      expect(await store.pauseSubscription('100', 'channel deleted', T0)).toBe(true);
      expect(await store.getSubscription('100')).toMatchObject({ pausedReason: 'channel deleted', pausedAt: T0 });
      const updated = await store.upsertSubscription(input({ time: '18:30', count: 3, createdBy: '43', at: T1 }));
      expect(updated).toMatchObject({ time: '18:30', count: 3, createdAt: T0, createdBy: '42', updatedAt: T1, pausedReason: null, pausedAt: null });
    });

    it('pauses and resumes', async () => {
      expect(await store.pauseSubscription('100', 'x', T0)).toBe(false);
      await store.upsertSubscription(input());
      await store.pauseSubscription('100', 'missing permission to post', T0);
      expect(await store.resumeSubscription('100', T1)).toBe(true);
      expect(await store.getSubscription('100')).toMatchObject({ pausedReason: null, pausedAt: null, updatedAt: T1 });
    });

    it('rejects malformed input with a store: message', async () => {
      await expect(store.upsertSubscription(input({ time: '24:00' }))).rejects.toThrow(/^store: invalid subscription for channel 100: time must be HH:MM/);
      await expect(store.upsertSubscription(input({ timezone: 'Mars/Olympus' }))).rejects.toThrow(/timezone is not an IANA time zone/);
      await expect(store.upsertSubscription(input({ count: 11 }))).rejects.toThrow(/^store: invalid subscription .*count/);
      await expect(store.upsertSubscription(input({ at: 'yesterday' }))).rejects.toThrow(/^store: invalid subscription .*at/);
    });

    it('removes a topic, but never the last one', async () => {
      await store.upsertSubscription(input());
      expect(await store.removeTopic('100', 'quantum', T1)).toMatchObject({ status: 'no_such_topic' });
      const removed = await store.removeTopic('100', 'KV  Cache -survey', T1);
      expect(removed.status).toBe('removed');
      if (removed.status === 'removed') expect(removed.subscription.topics.map((t) => t.text)).toEqual(['diffusion']);
      const last = await store.removeTopic('100', 'diffusion', T1);
      expect(last.status).toBe('last_topic');
      expect((await store.getSubscription('100'))?.topics.map((t) => t.text)).toEqual(['diffusion']);
      expect(await store.removeTopic('missing', 'diffusion', T1)).toEqual({ status: 'no_subscription' });
    });

    it('removes a topic by its words: "diffusion" drops "diffusion -survey" unless that is ambiguous', async () => {
      await store.upsertSubscription(input({ topics: [parseTopic('diffusion -survey'), parseTopic('kv cache')] }));
      const removed = await store.removeTopic('100', 'Diffusion', T1);
      expect(removed.status).toBe('removed');
      if (removed.status === 'removed') expect(removed.subscription.topics.map((t) => t.text)).toEqual(['kv cache']);
      await store.upsertSubscription(input({ topics: [parseTopic('diffusion -survey'), parseTopic('diffusion -video'), parseTopic('kv cache')] }));
      expect(await store.removeTopic('100', 'diffusion', T1)).toMatchObject({ status: 'no_such_topic' });
      expect(await store.removeTopic('100', 'diffusion -video', T1)).toMatchObject({ status: 'removed' });
    });

    it('removes a subscription, cancelling its unfinished delivery but keeping history', async () => {
      await store.upsertSubscription(input());
      await store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-01', nonce: 'n1', papers: [{ paperId: 'a', topic: null }], at: T0 }, LEASE);
      await store.markDelivered('100', '2026-03-01', 'm1', T0);
      await store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-02', nonce: 'n2', papers: [{ paperId: 'b', topic: null }], at: T1 }, LEASE);
      expect(await store.removeSubscription('100', T1)).toBe(true);
      expect(await store.removeSubscription('100', T1)).toBe(false);
      expect(await store.getSubscription('100')).toBeNull();
      expect(await store.getDelivery('100', '2026-03-02')).toMatchObject({ status: 'failed', error: 'subscription removed' });
      expect(await store.inFlightDeliveries()).toEqual([]);
      expect(await store.deliveredPaperIds('100')).toEqual(new Set(['a']));
    });

    it('removeGuild forgets the guild and nothing else', async () => {
      await store.upsertSubscription(input({ channelId: '100', guildId: '900' }));
      await store.upsertSubscription(input({ channelId: '101', guildId: '900' }));
      await store.upsertSubscription(input({ channelId: '200', guildId: '901' }));
      for (const channelId of ['100', '200']) {
        const guildId = channelId === '100' ? '900' : '901';
        await store.claimDelivery({ channelId, guildId, localDate: '2026-03-01', nonce: 'n', papers: [{ paperId: 'a', topic: null }], at: T0 }, LEASE);
        await store.markDelivered(channelId, '2026-03-01', 'm', T0);
      }
      expect(await store.removeGuild('900')).toBe(2);
      expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['200']);
      expect(await store.getDelivery('100', '2026-03-01')).toBeNull();
      expect((await store.deliveredPaperIds('100')).size).toBe(0);
      expect(await store.deliveredPaperIds('200')).toEqual(new Set(['a']));
      expect(await store.removeGuild('900')).toBe(0);
    });
  });

  describe('deliveries', () => {
    const claim = (localDate: string, paperIds: string[], at = T0) =>
      store.claimDelivery({ channelId: '100', guildId: '900', localDate, nonce: `n-${localDate}`, papers: paperIds.map((paperId) => ({ paperId, topic: 'diffusion' })), at }, LEASE);

    it('claims a day once', async () => {
      const first = await claim('2026-03-01', ['a', 'b']);
      expect(first).toMatchObject({ status: 'pending', nonce: 'n-2026-03-01', attempts: 0, nextAttemptAt: T0, messageId: null });
      expect(first?.papers).toEqual([{ paperId: 'a', topic: 'diffusion' }, { paperId: 'b', topic: 'diffusion' }]);
      expect(await claim('2026-03-01', ['c'])).toBeNull();
      expect((await store.getDelivery('100', '2026-03-01'))?.papers.map((p) => p.paperId)).toEqual(['a', 'b']);
      expect(await store.markNothingNew({ channelId: '100', guildId: '900', localDate: '2026-03-01', at: T0 })).toBeNull();
    });

    it('markDelivered records message and papers together, idempotently', async () => {
      await claim('2026-03-01', ['a', 'b']);
      expect((await store.inFlightDeliveries()).map((d) => d.localDate)).toEqual(['2026-03-01']);
      expect(await store.markDelivered('100', '2026-03-01', 'm1', T1)).toBe(true);
      expect(await store.markDelivered('100', '2026-03-01', 'm2', T1)).toBe(true);
      expect(await store.getDelivery('100', '2026-03-01')).toMatchObject({ status: 'delivered', messageId: 'm1', nextAttemptAt: null });
      expect(await store.deliveredPaperIds('100')).toEqual(new Set(['a', 'b']));
      expect(await store.inFlightDeliveries()).toEqual([]);
      expect(await store.markDelivered('100', '2026-01-01', 'm3', T1)).toBe(false);
    });

    it('keeps a paper delivered once even if a later day lists it again', async () => {
      await claim('2026-03-01', ['a']);
      await store.markDelivered('100', '2026-03-01', 'm1', T0);
      await claim('2026-03-02', ['a', 'b']);
      await store.markDelivered('100', '2026-03-02', 'm2', T1);
      expect(await store.deliveredPaperIds('100')).toEqual(new Set(['a', 'b']));
    });

    it('nothing new, retries and failures', async () => {
      expect(await store.markNothingNew({ channelId: '100', guildId: '900', localDate: '2026-03-01', at: T0 })).toMatchObject({
        status: 'nothing_new', nonce: null, papers: [],
      });
      await claim('2026-03-02', ['a']);
      expect(await store.scheduleRetry('100', '2026-03-02', { attempts: 1, nextAttemptAt: T1, error: '503', at: T0 })).toBe(true);
      expect(await store.getDelivery('100', '2026-03-02')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: T1, error: '503' });
      expect(await store.markFailed('100', '2026-03-02', 'gave up', T1)).toBe(true);
      expect(await store.markFailed('100', '2026-03-02', 'again', T1)).toBe(false);
      expect(await store.scheduleRetry('100', '2026-03-02', { attempts: 2, nextAttemptAt: T1, error: 'x', at: T1 })).toBe(false);
      expect(await store.getDelivery('100', '2026-03-02')).toMatchObject({ status: 'failed', error: 'gave up', nextAttemptAt: null });
      expect((await store.lastDelivery('100'))?.localDate).toBe('2026-03-02');
      expect(await store.lastDelivery('999')).toBeNull();
      expect((await store.deliveredPaperIds('100')).size).toBe(0);
    });
  });

  describe('leases and claims across store instances', () => {
    const claimWith = (s: Store, owner: string, at = T0) =>
      s.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-01', nonce: 'n', papers: [{ paperId: 'a', topic: null }], at }, { owner, at, until: new Date(Date.parse(at) + 60_000).toISOString() });
    const leaseFor = (owner: string, at: string): Lease => ({ owner, at, until: new Date(Date.parse(at) + 60_000).toISOString() });

    it('commits each write before returning: a second instance sees it at once', async () => {
      const other = await another();
      await store.upsertSubscription(input());
      await claimWith(store, 'p1');
      expect((await other.getSubscription('100'))?.channelId).toBe('100');
      expect(await other.inFlightDeliveries()).toHaveLength(1);
    });

    it('of many instances claiming the same day at once, exactly one gets it', async () => {
      const stores = [store, await another(), await another(), await another()];
      const results = await Promise.all(stores.flatMap((s, i) => [claimWith(s, `p${i}`), claimWith(s, `p${i}`)]));
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    });

    it('a lease is held by its owner until it lapses, then another takes it over', async () => {
      const other = await another();
      await claimWith(store, 'p1');
      // While p1's lease runs (until 10:01), p2 is refused and p1 may renew.
      expect(await other.takeLease('100', '2026-03-01', leaseFor('p2', '2026-03-01T10:00:30.000Z'))).toBeNull();
      expect(await store.takeLease('100', '2026-03-01', leaseFor('p1', '2026-03-01T10:00:40.000Z'))).toMatchObject({ status: 'pending' });
      // Renewed to 10:01:40: still p1's at 10:01:20; p2's once it lapsed.
      expect(await other.takeLease('100', '2026-03-01', leaseFor('p2', '2026-03-01T10:01:20.000Z'))).toBeNull();
      expect(await other.takeLease('100', '2026-03-01', leaseFor('p2', '2026-03-01T10:01:40.000Z'))).toMatchObject({ status: 'pending', nonce: 'n' });
      expect(await store.takeLease('100', '2026-03-01', leaseFor('p1', '2026-03-01T10:01:50.000Z'))).toBeNull();
    });

    it('of instances racing for a lapsed lease, exactly one wins', async () => {
      await claimWith(store, 'dead');
      const stores = [store, await another(), await another()];
      const at = '2026-03-01T10:05:00.000Z';
      const won = await Promise.all(stores.map((s, i) => s.takeLease('100', '2026-03-01', leaseFor(`p${i}`, at))));
      expect(won.filter((w) => w !== null)).toHaveLength(1);
    });

    it('a retry frees the lease; a delivered or failed row has none to take', async () => {
      await claimWith(store, 'p1');
      await store.scheduleRetry('100', '2026-03-01', { attempts: 1, nextAttemptAt: T1, error: '503', at: T0 });
      expect(await store.takeLease('100', '2026-03-01', leaseFor('p2', '2026-03-01T10:00:10.000Z'))).toMatchObject({ attempts: 1 });
      await store.markDelivered('100', '2026-03-01', 'm1', T0);
      expect(await store.takeLease('100', '2026-03-01', leaseFor('p2', '2026-03-01T11:00:00.000Z'))).toBeNull();
      expect(await store.takeLease('404', '2026-03-01', leaseFor('p2', T0))).toBeNull();
    });

    it('rejects a malformed lease', async () => {
      await expect(claimWith(store, '')).rejects.toThrow(/^store: invalid delivery lease/);
    });
  });

  describe('reads for a run', () => {
    it('deliveriesOn answers the rows that exist, by channel/day', async () => {
      await store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-01', nonce: 'n', papers: [], at: T0 }, LEASE);
      await store.markNothingNew({ channelId: '101', guildId: '900', localDate: '2026-03-02', at: T0 });
      const found = await store.deliveriesOn([
        { channelId: '100', localDate: '2026-03-01' },
        { channelId: '100', localDate: '2026-03-02' },
        { channelId: '101', localDate: '2026-03-02' },
      ]);
      expect([...found.keys()].sort()).toEqual(['100/2026-03-01', '101/2026-03-02']);
      expect(found.get('101/2026-03-02')?.status).toBe('nothing_new');
      expect((await store.deliveriesOn([])).size).toBe(0);
    });

    it('lists in the same order: guild, creation time, channel (bytewise, whatever the locale)', async () => {
      for (const [channelId, guildId, at] of [['b', 'g2', T0], ['a', 'g2', T0], ['Z', 'g1', T1], ['c', 'G0', T1]] as const) {
        await store.upsertSubscription(input({ channelId, guildId, at }));
      }
      expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['c', 'Z', 'a', 'b']);
    });
  });

  describe('health', () => {
    it('ping resolves while the store answers', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });

  describe('token bucket', () => {
    it('lets a burst through at once, then paces at the rate', async () => {
      const limit = { name: 'test-bucket', perSecond: 20, burst: 5 };
      const started = performance.now();
      await Promise.all(Array.from({ length: 5 }, () => store.takeToken(limit)));
      expect(performance.now() - started).toBeLessThan(400);
      await Promise.all(Array.from({ length: 10 }, () => store.takeToken(limit)));
      // 10 more tokens at 20/s: about half a second, never faster than the rate allows.
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(450);
      expect(elapsed).toBeLessThan(2500);
    });
  });

  describe('copying', () => {
    it('dump and load copy every row; loading twice adds nothing', async () => {
      await store.upsertSubscription(input());
      await store.upsertSubscription(input({ channelId: '101', topics: [] }));
      await store.pauseSubscription('101', 'channel deleted', T1);
      await store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-01', nonce: 'n1', papers: [{ paperId: 'a', topic: 'diffusion' }, { paperId: 'b', topic: null }], at: T0 }, LEASE);
      await store.markDelivered('100', '2026-03-01', 'm1', T0);
      await store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-02', nonce: 'n2', papers: [{ paperId: 'c', topic: null }], at: T1 }, LEASE);
      await store.markNothingNew({ channelId: '101', guildId: '900', localDate: '2026-03-02', at: T1 });
      const dump = await store.dump();
      expect(dump.subscriptions).toHaveLength(2);
      expect(dump.deliveries).toHaveLength(3);
      expect(dump.deliveredPapers).toEqual([
        { channelId: '100', paperId: 'a', localDate: '2026-03-01' },
        { channelId: '100', paperId: 'b', localDate: '2026-03-01' },
      ]);

      const target = await fresh();
      const copy = await target.open();
      try {
        expect(await copy.load(dump)).toEqual({ subscriptions: 2, deliveries: 3, deliveredPapers: 2 });
        expect(await copy.load(dump)).toEqual({ subscriptions: 0, deliveries: 0, deliveredPapers: 0 });
        expect(await copy.dump()).toEqual(dump);
        // The copy works as the original: the pending day is there to be taken over, papers are not repeated.
        expect(await copy.takeLease('100', '2026-03-02', LEASE)).toMatchObject({ nonce: 'n2' });
        expect(await copy.deliveredPaperIds('100')).toEqual(new Set(['a', 'b']));
      } finally {
        await copy.close();
        await target.cleanup();
      }
    });
  });
}
