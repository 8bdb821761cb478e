import type { Topic } from './topic.js';

/** A channel's daily digest: what it is about, when it comes, and whether it is paused. */
export interface Subscription {
  channelId: string;
  guildId: string;
  /** What the digest is about, in the moderator's order; empty means general trending. */
  topics: Topic[];
  /** Local delivery time, 24-hour 'HH:MM'. */
  time: string;
  /** IANA time zone that `time` is read in. */
  timezone: string;
  /** Papers per digest, 1–10. */
  count: number;
  /** User id of the moderator who created it. */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Why delivery stopped ("channel deleted"), or null while active. */
  pausedReason: string | null;
  pausedAt: string | null;
}

/** What /subscribe supplies; `at` is the caller's clock (the store never reads one). */
export type SubscriptionInput = Pick<Subscription, 'channelId' | 'guildId' | 'topics' | 'time' | 'timezone' | 'count' | 'createdBy'> & {
  at: string;
};

/** Outcome of removing one topic from a subscription. */
export type RemoveTopicResult =
  | { status: 'removed'; subscription: Subscription }
  | { status: 'last_topic'; subscription: Subscription }
  | { status: 'no_such_topic'; subscription: Subscription }
  | { status: 'no_subscription' };

/** pending: claimed, not yet known to be posted; the others are final. */
export type DeliveryStatus = 'pending' | 'delivered' | 'nothing_new' | 'failed';

/** One selected paper of a delivery, with the topic it matched (null for general trending). */
export interface DeliveryPick {
  paperId: string;
  topic: string | null;
}

/** A channel's digest for one local day (at most one row per channel and day). */
export interface Delivery {
  channelId: string;
  guildId: string;
  /** The subscriber's local date, 'YYYY-MM-DD'. */
  localDate: string;
  status: DeliveryStatus;
  /** Discord message nonce; null for 'nothing_new' (nothing was posted). */
  nonce: string | null;
  /** The selection, fixed at claim time so a re-post sends the same papers. */
  papers: DeliveryPick[];
  messageId: string | null;
  /** Failed post attempts so far. */
  attempts: number;
  /** When a pending delivery may be (re)posted. */
  nextAttemptAt: string | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A delivery recorded before its message is posted. */
export interface ClaimInput {
  channelId: string;
  guildId: string;
  localDate: string;
  nonce: string;
  papers: DeliveryPick[];
  at: string;
}

/**
 * Who works on a pending delivery, and until when. Only the holder may post it; once `until`
 * has passed any process may take it over (its holder died, or hangs). Times are the callers'
 * clocks as ISO strings: processes sharing a store keep their clocks in step (NTP) well within
 * the lease length.
 */
export interface Lease {
  owner: string;
  /** The caller's clock now (ISO). */
  at: string;
  /** When the lease lapses (ISO). */
  until: string;
}
