import type { Delivery, Subscription } from '../subscriptions/subscription.js';
import { localDateTime, zonedInstant } from './localTime.js';

/** The subscriber's local date at `now`: the day a digest sent now belongs to. */
export function digestDay(subscription: Pick<Subscription, 'timezone'>, now: Date): string {
  return localDateTime(now, subscription.timezone).date;
}

/** When the digest of `localDate` is due: the subscription's time that day in its zone. */
export function deliveryInstant(subscription: Pick<Subscription, 'time' | 'timezone'>, localDate: string): Date {
  return zonedInstant(localDate, subscription.time, subscription.timezone);
}

/**
 * Due rule. A subscription is due at `now` when all of these hold:
 * 1. it is not paused;
 * 2. in its time zone the clock has reached its delivery time today (a time skipped by a
 *    spring-forward change is reached at the first instant after the gap; a time shown twice at
 *    fall-back, at its first occurrence);
 * 3. it was created before today's delivery instant (subscribing at 10:00 for 09:00 starts tomorrow);
 * 4. the channel has no delivery row for today's local date, whatever its status.
 * So a bot that was down at 09:00 and is back at 15:00 the same local day delivers once, late; a
 * local day on which no run came after the delivery time is skipped, never delivered the next day,
 * and no local day ever gets two digests. An edit keeps createdAt, so moving the time to one already
 * passed today delivers today's digest at the next tick if it has not gone out yet.
 * `todaysDelivery` is the row for `digestDay(subscription, now)`.
 */
export function isDue(subscription: Subscription, now: Date, todaysDelivery: Delivery | null): boolean {
  if (subscription.pausedAt !== null || todaysDelivery !== null) return false;
  const instant = deliveryInstant(subscription, digestDay(subscription, now)).getTime();
  return now.getTime() >= instant && Date.parse(subscription.createdAt) < instant;
}
