import type { Delivery, Subscription } from '../../src/subscriptions/subscription.js';
import { parseTopic } from '../../src/subscriptions/topic.js';

/** A plain subscription value for pure tests (09:00 Europe/Berlin, created long ago). */
export function subscription(over: Partial<Subscription> = {}): Subscription {
  return {
    channelId: '100',
    guildId: '900',
    topics: [parseTopic('diffusion')],
    time: '09:00',
    timezone: 'Europe/Berlin',
    count: 3,
    createdBy: '42',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    pausedReason: null,
    pausedAt: null,
    ...over,
  };
}

/** A delivery row value for pure tests. */
export function delivery(over: Partial<Delivery> = {}): Delivery {
  return {
    channelId: '100',
    guildId: '900',
    localDate: '2026-03-10',
    status: 'delivered',
    nonce: 'n',
    papers: [],
    messageId: 'm',
    attempts: 0,
    nextAttemptAt: null,
    error: null,
    createdAt: '2026-03-10T08:00:00.000Z',
    updatedAt: '2026-03-10T08:00:00.000Z',
    ...over,
  };
}
