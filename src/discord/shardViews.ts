import { Status, type Client } from 'discord.js';
import type { ShardView } from '../ops/metrics.js';

/** The shards this client runs, as /healthz and /metrics show them. */
export function shardViews(client: Client): ShardView[] {
  return [...client.ws.shards.values()].map((shard) => ({
    id: shard.id,
    status: (Status[shard.status] ?? 'unknown').toLowerCase(),
    pingMs: shard.ping >= 0 ? shard.ping : null,
  }));
}
