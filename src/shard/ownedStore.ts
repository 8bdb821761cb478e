import type { Store } from '../store/store.js';
import { ownsGuild, runsAllShards, type Sharding } from './shardOf.js';

/**
 * The store as this process's digest jobs see it: only the subscriptions and unfinished deliveries
 * of guilds on its own shards. Processes sharing one store then split the fan-out along the same
 * line as the interactions, and none posts another's digests. Everything else (claims, writes,
 * lookups by channel) passes through unchanged; running every shard, the store is returned as is.
 */
export function ownedStore(store: Store, sharding: Sharding): Store {
  if (runsAllShards(sharding)) return store;
  const owned = (row: { guildId: string }): boolean => ownsGuild(sharding, row.guildId);
  return {
    ...store,
    listSubscriptions: async (guildId) => (await store.listSubscriptions(guildId)).filter(owned),
    inFlightDeliveries: async () => (await store.inFlightDeliveries()).filter(owned),
  };
}
