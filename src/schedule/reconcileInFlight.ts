import pLimit from 'p-limit';
import { describeError } from '../errors.js';
import { deliveryMarker, deliveryNonce } from './deliveryIdentity.js';
import { checkConcurrency, type DigestJobDeps } from './digestJob.js';

/**
 * Start-up recovery after a crash mid fan-out: for each delivery left 'pending', asks the poster
 * whether its message was posted (by the marker in the footer); if so records it delivered, else
 * leaves it for runDueDigests to post with the same nonce and papers.
 */
export async function reconcileInFlight(
  deps: Pick<DigestJobDeps, 'store' | 'poster' | 'logger' | 'concurrency'>,
  now: Date,
): Promise<{ recovered: number; pending: number }> {
  const limit = pLimit(checkConcurrency(deps.concurrency));
  const inFlight = await deps.store.inFlightDeliveries();
  const found = await Promise.all(
    inFlight.map((d) =>
      limit(async () => {
        const nonce = d.nonce ?? deliveryNonce(d.channelId, d.localDate);
        try {
          const messageId = await deps.poster.findPosted(d.channelId, deliveryMarker(nonce));
          if (messageId === null) return false;
          await deps.store.markDelivered(d.channelId, d.localDate, messageId, now.toISOString());
          deps.logger.info('digest: recovered a delivery posted before a restart', { channelId: d.channelId, localDate: d.localDate, messageId });
          return true;
        } catch (error) {
          deps.logger.warn('digest: could not check an unfinished delivery', { channelId: d.channelId, localDate: d.localDate, error: describeError(error) });
          return false;
        }
      }),
    ),
  );
  const recovered = found.filter(Boolean).length;
  return { recovered, pending: inFlight.length - recovered };
}
