import type { ClaimInput, Delivery, Lease, RemoveTopicResult, Subscription, SubscriptionInput } from '../subscriptions/subscription.js';

export type { Lease };

/** A failed post that will be tried again. */
export interface RetryInput {
  /** Failed attempts so far, this one included. */
  attempts: number;
  nextAttemptAt: string;
  error: string;
  at: string;
}

/** A shared token bucket: at most `perSecond` on average, `burst` at once. */
export interface RateLimit {
  name: string;
  perSecond: number;
  burst: number;
}

/** Everything a store holds, as plain rows (for `migrate-store`). */
export interface StoreDump {
  subscriptions: Subscription[];
  deliveries: Delivery[];
  /** Every paper ever delivered to a channel, with the local day of the delivery that carried it. */
  deliveredPapers: { channelId: string; paperId: string; localDate: string }[];
}

/** How many rows an import added (rows already present are left alone). */
export interface ImportCounts {
  subscriptions: number;
  deliveries: number;
  deliveredPapers: number;
}

/** Subscription reads and writes; every write is committed when its promise resolves. */
export interface SubscriptionStore {
  /** Creates or replaces the channel's subscription; an update keeps createdAt/createdBy and clears a pause. */
  upsertSubscription(input: SubscriptionInput): Promise<Subscription>;
  getSubscription(channelId: string): Promise<Subscription | null>;
  /** All subscriptions (of one guild when given), by guild then creation time. */
  listSubscriptions(guildId?: string): Promise<Subscription[]>;
  /**
   * Deletes the channel's subscription and fails its unfinished delivery ("subscription removed") so
   * it is never posted; delivery history stays, so subscribing again never repeats a paper.
   */
  removeSubscription(channelId: string, at: string): Promise<boolean>;
  /** Removes one topic (see chooseTopicRemoval); the last topic is never removed. */
  removeTopic(channelId: string, topicText: string, at: string): Promise<RemoveTopicResult>;
  /** Stops deliveries with a human reason ("channel deleted"); false when there is no subscription. */
  pauseSubscription(channelId: string, reason: string, at: string): Promise<boolean>;
  /** Clears a pause; false when there is no subscription. */
  resumeSubscription(channelId: string, at: string): Promise<boolean>;
  /** Forgets a guild (the bot was removed): its subscriptions and delivery history; returns subscriptions removed. */
  removeGuild(guildId: string): Promise<number>;
}

/** Delivery reads and writes; every write is committed when its promise resolves. */
export interface DeliveryStore {
  getDelivery(channelId: string, localDate: string): Promise<Delivery | null>;
  /** The rows of these (channel, local date) pairs that exist, keyed `channelId/localDate` (see deliveryKey). */
  deliveriesOn(keys: readonly { channelId: string; localDate: string }[]): Promise<Map<string, Delivery>>;
  /** The channel's most recent delivery row (any status), or null. */
  lastDelivery(channelId: string): Promise<Delivery | null>;
  /**
   * Records the day's selection as 'pending', leased to the caller, before anything is posted.
   * Returns null, writing nothing, when the channel already has a row for that local date: the
   * day is taken (the unique key channel + local date is the exactly-once rule).
   */
  claimDelivery(input: ClaimInput, lease: Lease): Promise<Delivery | null>;
  /**
   * Takes or renews the lease of a pending delivery: granted when nobody holds it, the caller
   * already does, or the holder's lease has lapsed. Null when it is not pending or another holds it.
   */
  takeLease(channelId: string, localDate: string, lease: Lease): Promise<Delivery | null>;
  /**
   * Records a posted message: status 'delivered', the message id, and every selected paper in
   * delivered_papers, in one transaction. Idempotent; false only when there is no such row.
   */
  markDelivered(channelId: string, localDate: string, messageId: string, at: string): Promise<boolean>;
  /** Records a day with nothing new to send (no message); null when the day already has a row. */
  markNothingNew(input: { channelId: string; guildId: string; localDate: string; at: string }): Promise<Delivery | null>;
  /** Keeps a pending delivery pending with its attempt count and next try, and frees its lease; false unless it was pending. */
  scheduleRetry(channelId: string, localDate: string, retry: RetryInput): Promise<boolean>;
  /** Gives up on a pending delivery; false unless it was pending. */
  markFailed(channelId: string, localDate: string, error: string, at: string): Promise<boolean>;
  /** Every delivery still 'pending' (claimed, not known to be posted), oldest first. */
  inFlightDeliveries(): Promise<Delivery[]>;
  /** Ids of every paper ever delivered to the channel. */
  deliveredPaperIds(channelId: string): Promise<Set<string>>;
}

/** The key of a delivery in deliveriesOn's answer. */
export function deliveryKey(channelId: string, localDate: string): string {
  return `${channelId}/${localDate}`;
}

/**
 * Subscriptions and their deliveries: the port the commands and the scheduler use. Two
 * implementations: SQLite (one file, src/store/sqlite/) and PostgreSQL (shared by several
 * processes, src/store/postgres/); test/store/storeContract.ts holds both to the same behaviour.
 */
export interface Store extends SubscriptionStore, DeliveryStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, for logs (a path, or the URL without its password). */
  readonly location: string;
  /** Schema version after migration. */
  readonly version: number;
  /** False once writes can never succeed again (the SQLite file was deleted or replaced); PostgreSQL is always true. */
  writable(): boolean;
  /**
   * Resolves when the store answers a trivial query right now, rejects with why not (for health
   * checks: the SQLite file gone, the PostgreSQL server unreachable).
   */
  ping(): Promise<void>;
  /**
   * Waits for one token of the named bucket, shared by every process using this store (within
   * this process only for SQLite). Used to keep the bot under Discord's global rate limit.
   */
  takeToken(limit: RateLimit, signal?: AbortSignal): Promise<void>;
  /** Every row, for copying to another store. */
  dump(): Promise<StoreDump>;
  /** Adds the rows of a dump that are not there yet (by their keys); running it twice adds nothing. */
  load(dump: StoreDump): Promise<ImportCounts>;
  close(): Promise<void>;
}
