import { Client, GatewayIntentBits, Options } from 'discord.js';
import type { Sharding } from '../shard/shardOf.js';

/**
 * discord.js's Client reads `SHARD_COUNT` and `SHARDS` from the environment (its ShardingManager's
 * way of briefing child processes) whenever `shardCount` is left at its default of 1 — so our own
 * SHARD_COUNT=auto or an empty SHARD_COUNT= from .env would reach it as NaN or 0 and fail its
 * option check. Config has read them already; the client is built without them.
 */
const SHARDING_MANAGER_ENV = ['SHARD_COUNT', 'SHARDS'] as const;

function withoutShardingEnv<T>(build: () => T): T {
  const saved = SHARDING_MANAGER_ENV.map((name) => [name, process.env[name]] as const);
  for (const [name] of saved) Reflect.deleteProperty(process.env, name);
  try {
    return build();
  } finally {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
}

/**
 * The discord.js client: only the Guilds intent (no privileged intents), REST (and through it the
 * gateway URL, from GET /gateway/bot) pointed at DISCORD_API_BASE_URL when set, connecting exactly
 * the shards this process runs (`sharding.ids` of `sharding.count`).
 */
export function createClient(apiBaseUrl: string | null, sharding: Sharding): Client {
  return withoutShardingEnv(
    () =>
      new Client({
        intents: [GatewayIntentBits.Guilds],
        shards: [...sharding.ids],
        shardCount: sharding.count,
        ...(apiBaseUrl === null ? {} : { rest: { api: apiBaseUrl } }),
        // Messages are never read back, so keep none cached.
        makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
        allowedMentions: { parse: [], repliedUser: false },
      }),
  );
}
