import type { Delivery, Subscription } from '../subscriptions/subscription.js';
import { digestDay, isDue } from './dueRule.js';

/** One thing a run does for one channel. */
export type DigestWork =
  | { kind: 'new'; subscription: Subscription; localDate: string }
  | { kind: 'retry'; subscription: Subscription; delivery: Delivery }
  | { kind: 'settle'; delivery: Delivery; reason: string };

const ready = (delivery: Delivery, now: Date): boolean =>
  delivery.nextAttemptAt === null || Date.parse(delivery.nextAttemptAt) <= now.getTime();

/**
 * Decides a run's work. Due subscriptions (see isDue) get a new digest. A pending delivery is
 * re-posted (same papers, same nonce) once its nextAttemptAt has passed, while it is still the
 * subscriber's local day and the subscription is active; one whose day has passed or whose
 * subscription is gone is settled instead (delivered if its message exists, else failed).
 */
export function planDigestRun(
  subscriptions: readonly Subscription[],
  deliveryOn: (channelId: string, localDate: string) => Delivery | null,
  inFlight: readonly Delivery[],
  now: Date,
): DigestWork[] {
  const byChannel = new Map(subscriptions.map((s) => [s.channelId, s]));
  const work: DigestWork[] = [];
  for (const delivery of inFlight) {
    const subscription = byChannel.get(delivery.channelId);
    if (!ready(delivery, now)) continue;
    if (subscription === undefined) work.push({ kind: 'settle', delivery, reason: 'subscription removed' });
    else if (delivery.localDate !== digestDay(subscription, now)) work.push({ kind: 'settle', delivery, reason: 'its day passed' });
    else if (subscription.pausedAt === null) work.push({ kind: 'retry', subscription, delivery });
  }
  for (const subscription of subscriptions) {
    const localDate = digestDay(subscription, now);
    if (isDue(subscription, now, deliveryOn(subscription.channelId, localDate))) work.push({ kind: 'new', subscription, localDate });
  }
  return work;
}
