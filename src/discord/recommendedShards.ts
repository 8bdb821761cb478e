import { REST, Routes } from 'discord.js';
import { z } from 'zod';

const GatewayBot = z.object({ shards: z.number().int().min(1) });

/** Discord's recommended shard count for this bot (`GET /gateway/bot`), for SHARD_COUNT=auto. */
export async function recommendedShards(apiBaseUrl: string | null, token: string): Promise<number> {
  // One request: no sweepers left behind.
  const rest = new REST({ ...(apiBaseUrl === null ? {} : { api: apiBaseUrl }), hashSweepInterval: 0, handlerSweepInterval: 0 }).setToken(token);
  const answer = GatewayBot.safeParse(await rest.get(Routes.gatewayBot()));
  if (!answer.success) throw new Error('discord: GET /gateway/bot answered without a usable "shards" count');
  return answer.data.shards;
}
