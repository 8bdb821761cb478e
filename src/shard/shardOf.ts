/**
 * Which shard a guild belongs to, by Discord's rule: `shard_id = (guild_id >> 22) % shard_count`
 * (https://discord.com/developers/docs/events/gateway#sharding). The top bits of a snowflake are
 * its creation time, so guilds spread evenly; BigInt because ids exceed 2^53.
 */
export function shardOf(guildId: string, shardCount: number): number {
  if (!Number.isInteger(shardCount) || shardCount < 1) throw new RangeError(`shard: shard count must be a whole number ≥ 1, got ${shardCount}`);
  if (!/^\d{1,20}$/.test(guildId)) throw new RangeError(`shard: "${guildId}" is not a guild id`);
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The shards one process runs, out of `count` for the whole bot. */
export interface Sharding {
  /** Total shards of the bot, across every process (Discord's `shard_count`). */
  readonly count: number;
  /** The shards this process connects, ascending, each < count. */
  readonly ids: readonly number[];
}

/** True when this process runs every shard (one process, sharded or not): it owns every guild. */
export function runsAllShards(sharding: Sharding): boolean {
  return sharding.ids.length === sharding.count;
}

/** True when the guild's shard is one this process runs: its interactions and digests are ours. */
export function ownsGuild(sharding: Sharding, guildId: string): boolean {
  return runsAllShards(sharding) || sharding.ids.includes(shardOf(guildId, sharding.count));
}
