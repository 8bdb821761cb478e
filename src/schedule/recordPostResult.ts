import type { Store } from '../store/store.js';
import type { Delivery } from '../subscriptions/subscription.js';
import type { DeliveryOutcome, PostResult } from './digestJob.js';
import { retryDelayMs, shouldGiveUp } from './retryPolicy.js';

/** Why a subscription was paused, as shown to moderators. */
export const PAUSE_REASONS = { gone: 'channel deleted', forbidden: 'missing permission to post' } as const;

/**
 * Records how a post of a pending delivery ended: delivered (papers recorded with it); channel gone
 * or forbidden → delivery failed and subscription paused; a passing failure → retry with backoff,
 * or failed once the attempts are used up.
 */
export async function recordPostResult(store: Store, delivery: Delivery, result: PostResult, now: Date): Promise<DeliveryOutcome> {
  const { channelId, localDate } = delivery;
  const at = now.toISOString();
  if (result.ok) {
    await store.markDelivered(channelId, localDate, result.messageId, at);
    return 'delivered';
  }
  if (result.kind === 'gone' || result.kind === 'forbidden') {
    await store.markFailed(channelId, localDate, result.error, at);
    await store.pauseSubscription(channelId, PAUSE_REASONS[result.kind], at);
    return 'paused';
  }
  const attempts = delivery.attempts + 1;
  if (shouldGiveUp(attempts)) {
    await store.markFailed(channelId, localDate, `gave up after ${attempts} attempts: ${result.error}`, at);
    return 'failed';
  }
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
  await store.scheduleRetry(channelId, localDate, { attempts, nextAttemptAt, error: result.error, at });
  return 'retrying';
}
