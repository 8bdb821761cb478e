import type { AppContext } from '../context.js';
import type { FeedStatus } from '../feed/feedPoller.js';
import { nextDelivery } from '../schedule/nextDelivery.js';
import { resolveDigestDate } from '../digest/dates.js';
import type { Catalogue } from '../digest/catalogue.js';
import { VERSION } from '../version.js';
import { shardOf, type Sharding } from '../shard/shardOf.js';

/** Everything /status and the CLI's `status` show, as plain data. */
export interface StatusView {
  papers: number;
  /** Newest listing day in the catalogue (ISO), or null. */
  newestDay: string | null;
  /** null when the feed is off. */
  feed: (FeedStatus & { nextPoll: Date | null }) | null;
  /** This server's next digest (channel and time), or null when it has none. */
  nextDigest: { channelId: string; at: Date } | null;
  version: string;
  uptimeMs: number;
  /** The shard this server is on and the bot's shard count, when the bot is sharded. */
  shard: { id: number; count: number } | null;
}

/** The newest listing day any digest of the catalogue holds. */
export function newestListingDay(catalogue: Catalogue, now: Date): string | null {
  let newest: string | null = null;
  for (const digest of catalogue.digests) {
    const day = resolveDigestDate(digest.dateLabel, digest.date, now);
    if (day !== null && (newest === null || day > newest)) newest = day;
  }
  return newest;
}

/** Collects the status of this process, for the server `guildId` (null outside a server). */
export async function collectStatus(ctx: Pick<AppContext, 'library' | 'feed' | 'store' | 'clock' | 'startedAt'> & { sharding?: Sharding }, guildId: string | null): Promise<StatusView> {
  const now = ctx.clock.now();
  const library = ctx.library.current();
  let nextDigest: StatusView['nextDigest'] = null;
  if (guildId !== null) {
    for (const subscription of await ctx.store.listSubscriptions(guildId)) {
      if (subscription.pausedReason !== null) continue;
      const at = nextDelivery(subscription, now, (await ctx.store.lastDelivery(subscription.channelId))?.localDate ?? null);
      if (nextDigest === null || at < nextDigest.at) nextDigest = { channelId: subscription.channelId, at };
    }
  }
  return {
    papers: library.papers.filter((p) => p.withdrawnAt === null).length,
    newestDay: newestListingDay(library.catalogue, now),
    feed: ctx.feed === null ? null : { ...ctx.feed.status(), nextPoll: ctx.feed.nextPoll() },
    nextDigest,
    version: VERSION,
    uptimeMs: now.getTime() - ctx.startedAt.getTime(),
    shard: ctx.sharding === undefined || ctx.sharding.count === 1 || guildId === null ? null : { id: shardOf(guildId, ctx.sharding.count), count: ctx.sharding.count },
  };
}
