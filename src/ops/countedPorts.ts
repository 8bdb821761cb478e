import type { FeedPoller } from '../feed/feedPoller.js';
import type { DigestPoster } from '../schedule/digestJob.js';
import type { Metrics } from './metrics.js';

/** The digest poster, counting each post as delivered or failed (the scheduler is left as it is). */
export function countedPoster<P>(poster: DigestPoster<P>, metrics: Metrics): DigestPoster<P> {
  return {
    post: async (channelId, payload, nonce) => {
      try {
        const result = await poster.post(channelId, payload, nonce);
        metrics.digestPost(result.ok ? 'delivered' : 'failed');
        return result;
      } catch (error) {
        metrics.digestPost('failed');
        throw error;
      }
    },
    findPosted: (channelId, marker) => poster.findPosted(channelId, marker),
  };
}

/** The feed poller, counting the listing days each poll fetched and the one that failed. */
export function countedFeedPoller(poller: FeedPoller, metrics: Metrics): FeedPoller {
  return {
    ...poller,
    poll: async () => {
      const summary = await poller.poll();
      metrics.feedFetches('ok', summary.fetched.length);
      metrics.feedFetches('failed', summary.failed === null ? 0 : 1);
      return summary;
    },
  };
}
