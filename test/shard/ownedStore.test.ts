import { afterEach, describe, expect, it } from 'vitest';
import { ownedStore } from '../../src/shard/ownedStore.js';
import { shardOf } from '../../src/shard/shardOf.js';
import type { Store } from '../../src/store/store.js';
import { tempStore } from '../subscriptions/tempStore.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function store(): Store {
  const made = tempStore();
  cleanups.push(made.cleanup);
  return made.store;
}

/** A guild id on shard `shard` of 4 (creation-time bits `n`). */
const guildOn = (n: bigint): string => String(n << 22n);
const at = '2026-03-01T08:00:00.000Z';
const lease = { owner: 'test', at, until: '2026-03-01T08:05:00.000Z' };

describe('ownedStore', () => {
  it("lists only the subscriptions and unfinished deliveries of this process's guilds; writes go to the shared store", async () => {
    const shared = store();
    for (let n = 0n; n < 8n; n++) {
      await shared.upsertSubscription({ channelId: String(9000n + n), guildId: guildOn(n), topics: [], time: '09:00', timezone: 'UTC', count: 5, createdBy: '1', at });
    }
    const first = ownedStore(shared, { count: 4, ids: [0, 1] });
    const second = ownedStore(shared, { count: 4, ids: [2, 3] });
    const shardsOf = async (s: Store) => [...new Set((await s.listSubscriptions()).map((x) => shardOf(x.guildId, 4)))].sort();
    expect(await shardsOf(first)).toEqual([0, 1]);
    expect(await shardsOf(second)).toEqual([2, 3]);
    expect((await first.listSubscriptions()).length + (await second.listSubscriptions()).length).toBe(8);
    // A lookup by guild for a guild of the other half finds nothing here.
    expect(await first.listSubscriptions(guildOn(2n))).toEqual([]);
    expect(await second.listSubscriptions(guildOn(2n))).toHaveLength(1);

    // Claims made through either view land in the one store; each sees only its own in flight.
    await first.claimDelivery({ channelId: '9001', guildId: guildOn(1n), localDate: '2026-03-01', nonce: 'a', papers: [], at }, lease);
    await second.claimDelivery({ channelId: '9002', guildId: guildOn(2n), localDate: '2026-03-01', nonce: 'b', papers: [], at }, lease);
    expect((await shared.inFlightDeliveries()).map((d) => d.channelId).sort()).toEqual(['9001', '9002']);
    expect((await first.inFlightDeliveries()).map((d) => d.channelId)).toEqual(['9001']);
    expect((await second.inFlightDeliveries()).map((d) => d.channelId)).toEqual(['9002']);
  });

  it('running every shard, the store itself is used', () => {
    const shared = store();
    expect(ownedStore(shared, { count: 1, ids: [0] })).toBe(shared);
    expect(ownedStore(shared, { count: 4, ids: [0, 1, 2, 3] })).toBe(shared);
  });
});
