import { ConfigError } from '../errors.js';
import type { Sharding } from './shardOf.js';

/** SHARD_COUNT and SHARD_IDS as config read them: null when unset. */
export interface ShardSettings {
  count: number | 'auto' | null;
  ids: readonly number[] | null;
}

/** True when the count must come from Discord (`GET /gateway/bot`'s `shards`). */
export function needsRecommendation(settings: ShardSettings): boolean {
  return settings.count === 'auto';
}

/**
 * The shards this process runs. SHARD_COUNT unset is one shard; `auto` takes Discord's
 * recommendation (`recommended`, required then); SHARD_IDS unset is every shard. A numeric
 * count was already checked against SHARD_IDS by config; `auto` can only be checked here.
 */
export function resolveSharding(settings: ShardSettings, recommended: number | null): Sharding {
  let count: number;
  if (settings.count === 'auto') {
    if (recommended === null || !Number.isInteger(recommended) || recommended < 1) {
      throw new ConfigError(`config: SHARD_COUNT "auto" needs Discord's recommended shard count, got ${String(recommended)}`);
    }
    count = recommended;
  } else {
    count = settings.count ?? 1;
  }
  const ids = settings.ids === null ? Array.from({ length: count }, (_, i) => i) : [...new Set(settings.ids)].sort((a, b) => a - b);
  const problem = shardIdsProblem(ids, count, settings.count === 'auto' ? `SHARD_COUNT "auto" (Discord recommends ${count})` : `SHARD_COUNT ${count}`);
  if (problem !== null) throw new ConfigError(`config: ${problem}`);
  return { count, ids };
}

/** Why `ids` cannot run under `count` shards (`countName` says where the count came from), or null. */
export function shardIdsProblem(ids: readonly number[], count: number, countName: string): string | null {
  const outside = ids.filter((id) => id >= count);
  return outside.length === 0 ? null : `SHARD_IDS ${outside.join(',')} must be below ${countName}; shard ids run from 0 to ${count - 1}`;
}
