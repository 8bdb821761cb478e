import type pg from 'pg';
import { chooseTopicRemoval } from '../../subscriptions/chooseTopicRemoval.js';
import { checkInstant, checkSubscriptionInput } from '../../subscriptions/validateInput.js';
import { toSubscription } from '../rows.js';
import type { SubscriptionStore } from '../store.js';
import { inTransaction } from './transaction.js';

const first = (result: pg.QueryResult): unknown => result.rows[0];

/** Subscription reads and writes over a PostgreSQL pool (same behaviour as the SQLite queries). */
export function subscriptionSql(pool: pg.Pool): SubscriptionStore {
  const getSubscription = async (channelId: string) => {
    const row = first(await pool.query('SELECT * FROM subscriptions WHERE channel_id = $1', [channelId]));
    return row === undefined ? null : toSubscription(row);
  };
  return {
    async upsertSubscription(input) {
      const c = checkSubscriptionInput(input);
      const result = await pool.query(
        `INSERT INTO subscriptions (channel_id, guild_id, topics, time, timezone, count, created_by, created_at, updated_at, paused_reason, paused_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, NULL, NULL)
         ON CONFLICT (channel_id) DO UPDATE SET
           guild_id = excluded.guild_id, topics = excluded.topics, time = excluded.time, timezone = excluded.timezone,
           count = excluded.count, updated_at = excluded.updated_at, paused_reason = NULL, paused_at = NULL
         RETURNING *`,
        [c.channelId, c.guildId, JSON.stringify(c.topics), c.time, c.timezone, c.count, c.createdBy, c.at],
      );
      return toSubscription(first(result));
    },
    getSubscription,
    async listSubscriptions(guildId) {
      const result = guildId === undefined
        ? await pool.query('SELECT * FROM subscriptions ORDER BY guild_id, created_at, channel_id')
        : await pool.query('SELECT * FROM subscriptions WHERE guild_id = $1 ORDER BY created_at, channel_id', [guildId]);
      return result.rows.map(toSubscription);
    },
    async removeSubscription(channelId, at) {
      checkInstant(at, 'removeSubscription time');
      return inTransaction(pool, async (client) => {
        await client.query(
          `UPDATE deliveries SET status = 'failed', error = 'subscription removed', next_attempt_at = NULL, updated_at = $1
           WHERE channel_id = $2 AND status = 'pending'`,
          [at, channelId],
        );
        return ((await client.query('DELETE FROM subscriptions WHERE channel_id = $1', [channelId])).rowCount ?? 0) > 0;
      });
    },
    async removeTopic(channelId, topicText, at) {
      checkInstant(at, 'removeTopic time');
      return inTransaction(pool, async (client) => {
        const row = first(await client.query('SELECT * FROM subscriptions WHERE channel_id = $1 FOR UPDATE', [channelId]));
        if (row === undefined) return { status: 'no_subscription' as const };
        const subscription = toSubscription(row);
        const removal = chooseTopicRemoval(subscription, topicText);
        if (removal.status !== 'removed') return { status: removal.status, subscription };
        const updated = await client.query('UPDATE subscriptions SET topics = $1, updated_at = $2 WHERE channel_id = $3 RETURNING *', [JSON.stringify(removal.rest), at, channelId]);
        return { status: 'removed' as const, subscription: toSubscription(first(updated)) };
      });
    },
    async pauseSubscription(channelId, reason, at) {
      const result = await pool.query('UPDATE subscriptions SET paused_reason = $1, paused_at = $2 WHERE channel_id = $3', [reason, checkInstant(at, 'pause time'), channelId]);
      return (result.rowCount ?? 0) > 0;
    },
    async resumeSubscription(channelId, at) {
      const result = await pool.query('UPDATE subscriptions SET paused_reason = NULL, paused_at = NULL, updated_at = $1 WHERE channel_id = $2', [checkInstant(at, 'resume time'), channelId]);
      return (result.rowCount ?? 0) > 0;
    },
    async removeGuild(guildId) {
      return inTransaction(pool, async (client) => {
        await client.query('DELETE FROM deliveries WHERE guild_id = $1', [guildId]); // delivered_papers follow by ON DELETE CASCADE
        return (await client.query('DELETE FROM subscriptions WHERE guild_id = $1', [guildId])).rowCount ?? 0;
      });
    },
  };
}
