import type { ShardView } from './metrics.js';

/** The store's answer to "can you read and write?" (SQLite: the file is still ours; PostgreSQL: a query). */
export type StoreHealth = { ok: true } | { ok: false; reason: string };

/** What /healthz looks at. */
export interface HealthInput {
  /** True once the bot serves: library loaded, gateway ready, commands registered, scheduler running. */
  serving: boolean;
  store: StoreHealth;
  shards: readonly ShardView[];
}

export interface HealthReport {
  status: 200 | 503;
  body: { ok: boolean; serving: boolean; store: StoreHealth; shards: readonly ShardView[]; problems: string[] };
}

/**
 * Healthy = serving, the store reachable, and no shard given up on. A shard that is reconnecting
 * or resuming is still healthy: discord.js recovers it by itself within seconds, and a container
 * restarted for it would only reconnect later. `disconnected` is discord.js's "will not reconnect".
 */
export function assessHealth(input: HealthInput): HealthReport {
  const problems: string[] = [];
  if (!input.serving) problems.push('starting: not serving yet');
  if (!input.store.ok) problems.push(`store: ${input.store.reason}`);
  for (const shard of input.shards) if (shard.status === 'disconnected') problems.push(`shard ${shard.id}: disconnected`);
  const ok = problems.length === 0;
  return { status: ok ? 200 : 503, body: { ok, serving: input.serving, store: input.store, shards: input.shards, problems } };
}
