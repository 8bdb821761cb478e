import type { DigestPoster } from './digestJob.js';

/** The bucket every digest request draws from: Discord's global limit is per bot, not per process. */
export const DIGEST_BUCKET = 'discord-digest';

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
