import { Client, GatewayIntentBits, Options } from 'discord.js';

/**
 * The discord.js client: only the Guilds intent (no privileged intents), REST (and through it the
 * gateway URL, from GET /gateway/bot) pointed at DISCORD_API_BASE_URL when set.
 */
export function createClient(apiBaseUrl: string | null): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(apiBaseUrl === null ? {} : { rest: { api: apiBaseUrl } }),
    // Messages are never read back, so keep none cached.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    allowedMentions: { parse: [], repliedUser: false },
  });
}
