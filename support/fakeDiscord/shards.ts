/**
 * Discord's sharding formula, `(guild_id >> 22) % num_shards`, written out here rather than
 * imported from the bot: the stand-in must not share the code it checks.
 */
export function shardOfGuild(guildId: string, numShards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(numShards));
}
