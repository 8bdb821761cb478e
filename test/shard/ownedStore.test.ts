import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ownedStore } from '../../src/shard/ownedStore.js';
import { shardOf } from '../../src/shard/shardOf.js';
import { openStore, type Store } from '../../src/subscriptions/openStore.js';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function store(): Store {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-owned-'));
  dirs.push(dir);
  const s = openStore(path.join(dir, 'p.db'));
  stores.push(s);
  return s;
}

/** A guild id on shard `shard` of 4 (creation-time bits `n`). */
const guildOn = (n: bigint): string => String(n << 22n);
const at = '2026-03-01T08:00:00.000Z';

describe('ownedStore', () => {
  it("lists only the subscriptions and unfinished deliveries of this process's guilds; writes go to the shared store", () => {
    const shared = store();
    for (let n = 0n; n < 8n; n++) {
      shared.upsertSubscription({ channelId: String(9000n + n), guildId: guildOn(n), topics: [], time: '09:00', timezone: 'UTC', count: 5, createdBy: '1', at });
    }
    const first = ownedStore(shared, { count: 4, ids: [0, 1] });
    const second = ownedStore(shared, { count: 4, ids: [2, 3] });
    const shardsOf = (s: Store) => [...new Set(s.listSubscriptions().map((x) => shardOf(x.guildId, 4)))].sort();
    expect(shardsOf(first)).toEqual([0, 1]);
    expect(shardsOf(second)).toEqual([2, 3]);
    expect(first.listSubscriptions().length + second.listSubscriptions().length).toBe(8);
    // A lookup by guild for a guild of the other half finds nothing here.
    expect(first.listSubscriptions(guildOn(2n))).toEqual([]);
    expect(second.listSubscriptions(guildOn(2n))).toHaveLength(1);

    // Claims made through either view land in the one store; each sees only its own in flight.
    first.claimDelivery({ channelId: '9001', guildId: guildOn(1n), localDate: '2026-03-01', nonce: 'a', papers: [], at });
    second.claimDelivery({ channelId: '9002', guildId: guildOn(2n), localDate: '2026-03-01', nonce: 'b', papers: [], at });
    expect(shared.inFlightDeliveries().map((d) => d.channelId).sort()).toEqual(['9001', '9002']);
    expect(first.inFlightDeliveries().map((d) => d.channelId)).toEqual(['9001']);
    expect(second.inFlightDeliveries().map((d) => d.channelId)).toEqual(['9002']);
  });

  it('running every shard, the store itself is used', () => {
    const shared = store();
    expect(ownedStore(shared, { count: 1, ids: [0] })).toBe(shared);
    expect(ownedStore(shared, { count: 4, ids: [0, 1, 2, 3] })).toBe(shared);
  });
});
