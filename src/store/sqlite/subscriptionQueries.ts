import type Database from 'better-sqlite3';
import { toSubscription } from '../rows.js';
import type { RemoveTopicResult, Subscription, SubscriptionInput } from '../../subscriptions/subscription.js';
import { chooseTopicRemoval } from '../../subscriptions/chooseTopicRemoval.js';
import { checkInstant, checkSubscriptionInput } from '../../subscriptions/validateInput.js';

/** Subscription reads and writes; every write is committed when the method returns. */
export interface SubscriptionQueries {
  /** Creates or replaces the channel's subscription; an update keeps createdAt/createdBy and clears a pause. */
  upsertSubscription(input: SubscriptionInput): Subscription;
  getSubscription(channelId: string): Subscription | null;
  /** All subscriptions (of one guild when given), by guild then creation time. */
  listSubscriptions(guildId?: string): Subscription[];
  /**
   * Deletes the channel's subscription and fails its unfinished delivery ("subscription removed") so
   * it is never posted; delivery history stays, so subscribing again never repeats a paper.
   */
  removeSubscription(channelId: string, at: string): boolean;
  /** Removes one topic (which one: chooseTopicRemoval); the last topic is never removed. */
  removeTopic(channelId: string, topicText: string, at: string): RemoveTopicResult;
  /** Stops deliveries with a human reason ("channel deleted"); false when there is no subscription. */
  pauseSubscription(channelId: string, reason: string, at: string): boolean;
  /** Clears a pause; false when there is no subscription. */
  resumeSubscription(channelId: string, at: string): boolean;
  /** Forgets a guild (the bot was removed): its subscriptions and delivery history; returns subscriptions removed. */
  removeGuild(guildId: string): number;
}

/** Prepares the subscription statements over an open, migrated database. */
/** `beforeWrite` runs before every write and may refuse it by throwing (the database file is gone). */
export function subscriptionQueries(db: Database.Database, beforeWrite: () => void = () => undefined): SubscriptionQueries {
  const upsert = db.prepare(`
    INSERT INTO subscriptions (channel_id, guild_id, topics, time, timezone, count, created_by, created_at, updated_at, paused_reason, paused_at)
    VALUES (@channelId, @guildId, @topics, @time, @timezone, @count, @createdBy, @at, @at, NULL, NULL)
    ON CONFLICT (channel_id) DO UPDATE SET
      guild_id = excluded.guild_id, topics = excluded.topics, time = excluded.time, timezone = excluded.timezone,
      count = excluded.count, updated_at = excluded.updated_at, paused_reason = NULL, paused_at = NULL
    RETURNING *`);
  const get = db.prepare('SELECT * FROM subscriptions WHERE channel_id = ?');
  const listAll = db.prepare('SELECT * FROM subscriptions ORDER BY guild_id, created_at, channel_id');
  const listGuild = db.prepare('SELECT * FROM subscriptions WHERE guild_id = ? ORDER BY created_at, channel_id');
  const remove = db.prepare('DELETE FROM subscriptions WHERE channel_id = ?');
  const cancelPending = db.prepare(
    `UPDATE deliveries SET status = 'failed', error = 'subscription removed', next_attempt_at = NULL, updated_at = ?
     WHERE channel_id = ? AND status = 'pending'`,
  );
  const setTopics = db.prepare('UPDATE subscriptions SET topics = ?, updated_at = ? WHERE channel_id = ? RETURNING *');
  const pause = db.prepare('UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE channel_id = ?');
  const resume = db.prepare('UPDATE subscriptions SET paused_reason = NULL, paused_at = NULL, updated_at = ? WHERE channel_id = ?');
  const removeGuildSubs = db.prepare('DELETE FROM subscriptions WHERE guild_id = ?');
  const removeGuildDeliveries = db.prepare('DELETE FROM deliveries WHERE guild_id = ?');

  const getSubscription = (channelId: string): Subscription | null => {
    const row: unknown = get.get(channelId);
    return row === undefined ? null : toSubscription(row);
  };

  return {
    upsertSubscription(input) {
      beforeWrite();
      const checked = checkSubscriptionInput(input);
      return toSubscription(upsert.get({ ...checked, topics: JSON.stringify(checked.topics) }));
    },
    getSubscription,
    listSubscriptions(guildId) {
      const rows: unknown[] = guildId === undefined ? listAll.all() : listGuild.all(guildId);
      return rows.map(toSubscription);
    },
    removeSubscription: (channelId, at) => {
      checkInstant(at, 'removeSubscription time');
      beforeWrite();
      return db.transaction(() => {
        cancelPending.run(at, channelId);
        return remove.run(channelId).changes > 0;
      }).immediate();
    },
    removeTopic(channelId, topicText, at) {
      checkInstant(at, 'removeTopic time');
      beforeWrite();
      const subscription = getSubscription(channelId);
      if (subscription === null) return { status: 'no_subscription' };
      const removal = chooseTopicRemoval(subscription, topicText);
      if (removal.status !== 'removed') return { status: removal.status, subscription };
      return { status: 'removed', subscription: toSubscription(setTopics.get(JSON.stringify(removal.rest), at, channelId)) };
    },
    pauseSubscription(channelId, reason, at) {
      beforeWrite();
      return pause.run(reason, checkInstant(at, 'pause time'), channelId).changes > 0;
    },
    resumeSubscription(channelId, at) {
      beforeWrite();
      return resume.run(checkInstant(at, 'resume time'), channelId).changes > 0;
    },
    removeGuild: (guildId) => {
      beforeWrite();
      return db.transaction(() => {
        removeGuildDeliveries.run(guildId); // delivered_papers follow by ON DELETE CASCADE
        return removeGuildSubs.run(guildId).changes;
      }).immediate();
    },
  };
}
