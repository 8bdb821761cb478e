import type { RateLimit } from '../store/store.js';
import type { DigestPoster } from './digestJob.js';

/** The bucket every digest request draws from: Discord's global limit is per bot, not per process. */
export const DIGEST_BUCKET = 'discord-digest';

/** Discord's global limit: requests per second for the whole bot. */
export const DISCORD_GLOBAL_LIMIT = 50;

/**
 * Digest requests allowed at once on top of the rate. Any one second then holds at most
 * DIGEST_POSTS_PER_SECOND + DIGEST_BURST digest requests, which the configured maximum (45)
 * keeps within DISCORD_GLOBAL_LIMIT.
 */
export const DIGEST_BURST = 5;

/** The shared bucket for a configured rate. */
export function digestRateLimit(perSecond: number): RateLimit {
  return { name: DIGEST_BUCKET, perSecond, burst: DIGEST_BURST };
}

/**
 * The poster, with every request (a post, or the look-up of an earlier post) waiting first for a
 * token from `take` (the store's token bucket, shared by all processes on PostgreSQL), so a
 * fan-out by several processes together stays under the rate Discord allows the bot.
 */
export function throttledPoster<P>(poster: DigestPoster<P>, take: () => Promise<void>): DigestPoster<P> {
  return {
    async post(channelId, payload, nonce) {
      await take();
      return poster.post(channelId, payload, nonce);
    },
    async findPosted(channelId, marker) {
      await take();
      return poster.findPosted(channelId, marker);
    },
  };
}
