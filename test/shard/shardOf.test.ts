import { describe, expect, it } from 'vitest';
import { ownsGuild, runsAllShards, shardOf } from '../../src/shard/shardOf.js';

describe('shardOf', () => {
  it("follows Discord's formula (guild_id >> 22) % shard_count", () => {
    // Discord's documented example: guild 41771983423143937 on shard (41771983423143937 >> 22) % n.
    expect(shardOf('41771983423143937', 1)).toBe(0);
    expect(shardOf('41771983423143937', 2)).toBe(Number((41771983423143937n >> 22n) % 2n));
    expect(shardOf('41771983423143937', 16)).toBe(Number((41771983423143937n >> 22n) % 16n));
    // Ids beyond 2^53 are exact (BigInt), not rounded.
    expect(shardOf('1300000000000000001', 4)).toBe(Number((1300000000000000001n >> 22n) % 4n));
  });

  it('ignores the low 22 bits (worker, process, increment): only the creation time decides', () => {
    const base = 1234567890123n << 22n;
    expect(shardOf(String(base), 7)).toBe(shardOf(String(base | 0x3fffffn), 7));
  });

  it('refuses a count below 1 and text that is not an id', () => {
    expect(() => shardOf('41771983423143937', 0)).toThrow('shard: shard count must be a whole number ≥ 1, got 0');
    expect(() => shardOf('abc', 2)).toThrow('shard: "abc" is not a guild id');
  });
});

describe('ownsGuild', () => {
  it('owns exactly the guilds on its shards; every guild has exactly one owner among processes that split the shards', () => {
    const a = { count: 4, ids: [0, 1] };
    const b = { count: 4, ids: [2, 3] };
    for (let i = 0; i < 200; i++) {
      const id = String((BigInt(i) * 7919n + 3n) << 22n);
      expect(Number(ownsGuild(a, id)) + Number(ownsGuild(b, id))).toBe(1);
    }
    expect(ownsGuild(a, String(5n << 22n))).toBe(true); // 5 % 4 = shard 1
    expect(ownsGuild(b, String(6n << 22n))).toBe(true); // shard 2
  });

  it('a process running every shard owns every guild', () => {
    expect(runsAllShards({ count: 1, ids: [0] })).toBe(true);
    expect(runsAllShards({ count: 4, ids: [0, 1, 2, 3] })).toBe(true);
    expect(runsAllShards({ count: 4, ids: [0, 1] })).toBe(false);
    expect(ownsGuild({ count: 1, ids: [0] }, '41771983423143937')).toBe(true);
  });
});
