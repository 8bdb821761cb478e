import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/subscriptions/openStore.js';
import type { SubscriptionInput } from '../../src/subscriptions/subscription.js';
import { parseTopic } from '../../src/subscriptions/topic.js';
import { tempStore } from './tempStore.js';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';

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

let store: Store;
let cleanup: () => void;
beforeEach(() => {
  ({ store, cleanup } = tempStore());
});
afterEach(() => cleanup());

describe('subscriptions', () => {
  it('creates, reads, and lists by guild', () => {
    const created = store.upsertSubscription(input());
    expect(created).toMatchObject({ channelId: '100', createdAt: T0, updatedAt: T0, pausedReason: null, count: 5 });
    expect(created.topics.map((t) => t.text)).toEqual(['diffusion', 'kv cache -survey']);
    store.upsertSubscription(input({ channelId: '101', guildId: '901', topics: [] }));
    expect(store.getSubscription('100')).toEqual(created);
    expect(store.getSubscription('nope')).toBeNull();
    expect(store.listSubscriptions().map((s) => s.channelId)).toEqual(['100', '101']);
    expect(store.listSubscriptions('901').map((s) => s.channelId)).toEqual(['101']);
  });

  it('an update keeps createdAt and createdBy, and clears a pause', () => {
    store.upsertSubscription(input());
    expect(store.pauseSubscription('100', 'channel deleted', T0)).toBe(true);
    expect(store.getSubscription('100')).toMatchObject({ pausedReason: 'channel deleted', pausedAt: T0 });
    const updated = store.upsertSubscription(input({ time: '18:30', count: 3, createdBy: '43', at: T1 }));
    expect(updated).toMatchObject({ time: '18:30', count: 3, createdAt: T0, createdBy: '42', updatedAt: T1, pausedReason: null, pausedAt: null });
  });

  it('pauses and resumes', () => {
    expect(store.pauseSubscription('100', 'x', T0)).toBe(false);
    store.upsertSubscription(input());
    store.pauseSubscription('100', 'missing permission to post', T0);
    expect(store.resumeSubscription('100', T1)).toBe(true);
    expect(store.getSubscription('100')).toMatchObject({ pausedReason: null, pausedAt: null, updatedAt: T1 });
  });

  it('rejects malformed input with a store: message', () => {
    expect(() => store.upsertSubscription(input({ time: '24:00' }))).toThrow(/^store: invalid subscription for channel 100: time must be HH:MM/);
    expect(() => store.upsertSubscription(input({ timezone: 'Mars/Olympus' }))).toThrow(/timezone is not an IANA time zone/);
    expect(() => store.upsertSubscription(input({ count: 11 }))).toThrow(/^store: invalid subscription .*count/);
    expect(() => store.upsertSubscription(input({ at: 'yesterday' }))).toThrow(/^store: invalid subscription .*at/);
  });

  it('removes a topic, but never the last one', () => {
    store.upsertSubscription(input());
    expect(store.removeTopic('100', 'quantum', T1)).toMatchObject({ status: 'no_such_topic' });
    const removed = store.removeTopic('100', 'KV  Cache -survey', T1);
    expect(removed.status).toBe('removed');
    if (removed.status === 'removed') expect(removed.subscription.topics.map((t) => t.text)).toEqual(['diffusion']);
    const last = store.removeTopic('100', 'diffusion', T1);
    expect(last.status).toBe('last_topic');
    expect(store.getSubscription('100')?.topics.map((t) => t.text)).toEqual(['diffusion']);
    expect(store.removeTopic('missing', 'diffusion', T1)).toEqual({ status: 'no_subscription' });
  });

  it('removes a topic by its words: "diffusion" drops "diffusion -survey" unless that is ambiguous', () => {
    store.upsertSubscription(input({ topics: [parseTopic('diffusion -survey'), parseTopic('kv cache')] }));
    const removed = store.removeTopic('100', 'Diffusion', T1);
    expect(removed.status).toBe('removed');
    if (removed.status === 'removed') expect(removed.subscription.topics.map((t) => t.text)).toEqual(['kv cache']);
    store.upsertSubscription(input({ topics: [parseTopic('diffusion -survey'), parseTopic('diffusion -video'), parseTopic('kv cache')] }));
    expect(store.removeTopic('100', 'diffusion', T1)).toMatchObject({ status: 'no_such_topic' });
    expect(store.removeTopic('100', 'diffusion -video', T1)).toMatchObject({ status: 'removed' });
  });

  it('removes a subscription, cancelling its unfinished delivery but keeping history', () => {
    store.upsertSubscription(input());
    store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-01', nonce: 'n1', papers: [{ paperId: 'a', topic: null }], at: T0 });
    store.markDelivered('100', '2026-03-01', 'm1', T0);
    store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-02', nonce: 'n2', papers: [{ paperId: 'b', topic: null }], at: T1 });
    expect(store.removeSubscription('100', T1)).toBe(true);
    expect(store.removeSubscription('100', T1)).toBe(false);
    expect(store.getSubscription('100')).toBeNull();
    expect(store.getDelivery('100', '2026-03-02')).toMatchObject({ status: 'failed', error: 'subscription removed' });
    expect(store.inFlightDeliveries()).toEqual([]);
    expect(store.deliveredPaperIds('100')).toEqual(new Set(['a']));
  });

  it('removeGuild forgets the guild and nothing else', () => {
    store.upsertSubscription(input({ channelId: '100', guildId: '900' }));
    store.upsertSubscription(input({ channelId: '101', guildId: '900' }));
    store.upsertSubscription(input({ channelId: '200', guildId: '901' }));
    for (const channelId of ['100', '200']) {
      const guildId = channelId === '100' ? '900' : '901';
      store.claimDelivery({ channelId, guildId, localDate: '2026-03-01', nonce: 'n', papers: [{ paperId: 'a', topic: null }], at: T0 });
      store.markDelivered(channelId, '2026-03-01', 'm', T0);
    }
    expect(store.removeGuild('900')).toBe(2);
    expect(store.listSubscriptions().map((s) => s.channelId)).toEqual(['200']);
    expect(store.getDelivery('100', '2026-03-01')).toBeNull();
    expect(store.deliveredPaperIds('100').size).toBe(0);
    expect(store.deliveredPaperIds('200')).toEqual(new Set(['a']));
    expect(store.removeGuild('900')).toBe(0);
  });
});

describe('deliveries', () => {
  const claim = (localDate: string, paperIds: string[], at = T0) =>
    store.claimDelivery({ channelId: '100', guildId: '900', localDate, nonce: `n-${localDate}`, papers: paperIds.map((paperId) => ({ paperId, topic: 'diffusion' })), at });

  it('claims a day once', () => {
    const first = claim('2026-03-01', ['a', 'b']);
    expect(first).toMatchObject({ status: 'pending', nonce: 'n-2026-03-01', attempts: 0, nextAttemptAt: T0, messageId: null });
    expect(first?.papers).toEqual([{ paperId: 'a', topic: 'diffusion' }, { paperId: 'b', topic: 'diffusion' }]);
    expect(claim('2026-03-01', ['c'])).toBeNull();
    expect(store.getDelivery('100', '2026-03-01')?.papers.map((p) => p.paperId)).toEqual(['a', 'b']);
    expect(store.markNothingNew({ channelId: '100', guildId: '900', localDate: '2026-03-01', at: T0 })).toBeNull();
  });

  it('markDelivered records message and papers together, idempotently', () => {
    claim('2026-03-01', ['a', 'b']);
    expect(store.inFlightDeliveries().map((d) => d.localDate)).toEqual(['2026-03-01']);
    expect(store.markDelivered('100', '2026-03-01', 'm1', T1)).toBe(true);
    expect(store.markDelivered('100', '2026-03-01', 'm2', T1)).toBe(true);
    expect(store.getDelivery('100', '2026-03-01')).toMatchObject({ status: 'delivered', messageId: 'm1', nextAttemptAt: null });
    expect(store.deliveredPaperIds('100')).toEqual(new Set(['a', 'b']));
    expect(store.inFlightDeliveries()).toEqual([]);
    expect(store.markDelivered('100', '2026-01-01', 'm3', T1)).toBe(false);
  });

  it('keeps a paper delivered once even if a later day lists it again', () => {
    claim('2026-03-01', ['a']);
    store.markDelivered('100', '2026-03-01', 'm1', T0);
    claim('2026-03-02', ['a', 'b']);
    store.markDelivered('100', '2026-03-02', 'm2', T1);
    expect(store.deliveredPaperIds('100')).toEqual(new Set(['a', 'b']));
  });

  it('nothing new, retries and failures', () => {
    expect(store.markNothingNew({ channelId: '100', guildId: '900', localDate: '2026-03-01', at: T0 })).toMatchObject({
      status: 'nothing_new', nonce: null, papers: [],
    });
    claim('2026-03-02', ['a']);
    expect(store.scheduleRetry('100', '2026-03-02', { attempts: 1, nextAttemptAt: T1, error: '503', at: T0 })).toBe(true);
    expect(store.getDelivery('100', '2026-03-02')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: T1, error: '503' });
    expect(store.markFailed('100', '2026-03-02', 'gave up', T1)).toBe(true);
    expect(store.markFailed('100', '2026-03-02', 'again', T1)).toBe(false);
    expect(store.scheduleRetry('100', '2026-03-02', { attempts: 2, nextAttemptAt: T1, error: 'x', at: T1 })).toBe(false);
    expect(store.getDelivery('100', '2026-03-02')).toMatchObject({ status: 'failed', error: 'gave up', nextAttemptAt: null });
    expect(store.lastDelivery('100')?.localDate).toBe('2026-03-02');
    expect(store.lastDelivery('999')).toBeNull();
    expect(store.deliveredPaperIds('100').size).toBe(0);
  });

  it('commits each write before returning: a second connection sees it at once', () => {
    const other = openStore(store.path);
    store.upsertSubscription(input());
    claim('2026-03-01', ['a']);
    expect(other.getSubscription('100')?.channelId).toBe('100');
    expect(other.inFlightDeliveries()).toHaveLength(1);
    other.close();
  });
});
