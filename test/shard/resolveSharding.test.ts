import { describe, expect, it } from 'vitest';
import { parseShardIds } from '../../src/shard/parseShardIds.js';
import { needsRecommendation, resolveSharding } from '../../src/shard/resolveSharding.js';

describe('parseShardIds', () => {
  it('reads ids and inclusive ranges, ascending, without repeats', () => {
    expect(parseShardIds('0,1')).toEqual({ ids: [0, 1] });
    expect(parseShardIds('4-7')).toEqual({ ids: [4, 5, 6, 7] });
    expect(parseShardIds(' 3, 0 - 1 ,1')).toEqual({ ids: [0, 1, 3] });
  });

  it('says why a list is not one', () => {
    expect(parseShardIds('a')).toEqual({ error: '"a" is not a shard id or range (e.g. 0,1 or 4-7)' });
    expect(parseShardIds('0,')).toEqual({ error: '"" is not a shard id or range (e.g. 0,1 or 4-7)' });
    expect(parseShardIds('-1')).toEqual({ error: '"-1" is not a shard id or range (e.g. 0,1 or 4-7)' });
    expect(parseShardIds('5-2')).toEqual({ error: 'range 5-2 runs backwards' });
    expect(parseShardIds('0-99999')).toEqual({ error: 'shard id 99999 is above 65535' });
  });
});

describe('resolveSharding', () => {
  it('unset: one shard, run here (what discord.js does without sharding)', () => {
    expect(resolveSharding({ count: null, ids: null }, null)).toEqual({ count: 1, ids: [0] });
    expect(needsRecommendation({ count: null, ids: null })).toBe(false);
  });

  it('a number: every shard unless SHARD_IDS picks some', () => {
    expect(resolveSharding({ count: 4, ids: null }, null)).toEqual({ count: 4, ids: [0, 1, 2, 3] });
    expect(resolveSharding({ count: 4, ids: [3, 2] }, null)).toEqual({ count: 4, ids: [2, 3] });
  });

  it("auto: Discord's recommendation, and SHARD_IDS is checked against it", () => {
    expect(needsRecommendation({ count: 'auto', ids: null })).toBe(true);
    expect(resolveSharding({ count: 'auto', ids: null }, 3)).toEqual({ count: 3, ids: [0, 1, 2] });
    expect(resolveSharding({ count: 'auto', ids: [1] }, 2)).toEqual({ count: 2, ids: [1] });
    expect(() => resolveSharding({ count: 'auto', ids: [0, 2] }, 2)).toThrow('config: SHARD_IDS 2 must be below SHARD_COUNT "auto" (Discord recommends 2); shard ids run from 0 to 1');
    expect(() => resolveSharding({ count: 'auto', ids: null }, null)).toThrow(/SHARD_COUNT "auto" needs Discord's recommended shard count/);
  });
});
