import type { Subscription } from '../subscriptions/subscription.js';
import { deliveryInstant, digestDay } from './dueRule.js';
import { addDays } from './localTime.js';

/**
 * When the next digest comes, by the due rule: today's delivery instant if it is still ahead, `now`
 * when today's is due but not yet sent (catch-up at the next tick), else tomorrow's. Pauses are
 * ignored (the caller shows a paused subscription as paused). `lastDeliveryDate` is the local date
 * of the channel's latest delivery row, if any.
 */
export function nextDelivery(subscription: Subscription, now: Date, lastDeliveryDate?: string | null): Date {
  const today = digestDay(subscription, now);
  const instant = deliveryInstant(subscription, today);
  const doneToday = lastDeliveryDate !== undefined && lastDeliveryDate !== null && lastDeliveryDate >= today;
  if (doneToday || Date.parse(subscription.createdAt) >= instant.getTime()) {
    return deliveryInstant(subscription, addDays(today, 1));
  }
  return instant.getTime() > now.getTime() ? instant : now;
}
