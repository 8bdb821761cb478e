import type pg from 'pg';
import { checkClaimInput, checkInstant, checkLease } from '../../subscriptions/validateInput.js';
import { toDelivery } from '../rows.js';
import { deliveryKey, type DeliveryStore } from '../store.js';
import { inTransaction } from './transaction.js';

const maybe = (result: pg.QueryResult) => (result.rows[0] === undefined ? null : toDelivery(result.rows[0]));
const changed = (result: pg.QueryResult): boolean => (result.rowCount ?? 0) > 0;

const INSERT = `
  INSERT INTO deliveries (channel_id, guild_id, local_date, status, nonce, papers, attempts, next_attempt_at, created_at, updated_at, lease_owner, lease_until)
  VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $8, $9, $10)
  ON CONFLICT (channel_id, local_date) DO NOTHING
  RETURNING *`;

/**
 * Delivery reads and writes over a PostgreSQL pool. The claim is an INSERT … ON CONFLICT DO
 * NOTHING on the key (channel, local date), so of any number of processes exactly one gets the
 * day; a lease is an UPDATE whose WHERE admits only a free, own or lapsed lease, so of two
 * processes racing for it the second re-reads the row after the first commits and gets nothing.
 */
export function deliverySql(pool: pg.Pool): DeliveryStore {
  return {
    async getDelivery(channelId, localDate) {
      return maybe(await pool.query('SELECT * FROM deliveries WHERE channel_id = $1 AND local_date = $2', [channelId, localDate]));
    },
    async deliveriesOn(keys) {
      const result = await pool.query(
        `SELECT d.* FROM deliveries d JOIN unnest($1::text[], $2::text[]) AS k (channel_id, local_date)
         ON d.channel_id = k.channel_id COLLATE "C" AND d.local_date = k.local_date COLLATE "C"`,
        [keys.map((k) => k.channelId), keys.map((k) => k.localDate)],
      );
      return new Map(result.rows.map((row) => {
        const d = toDelivery(row);
        return [deliveryKey(d.channelId, d.localDate), d] as const;
      }));
    },
    async lastDelivery(channelId) {
      return maybe(await pool.query('SELECT * FROM deliveries WHERE channel_id = $1 ORDER BY local_date DESC LIMIT 1', [channelId]));
    },
    async claimDelivery(input, holder) {
      const c = checkClaimInput(input);
      const l = checkLease(holder);
      return maybe(await pool.query(INSERT, [c.channelId, c.guildId, c.localDate, 'pending', c.nonce, JSON.stringify(c.papers), c.at, c.at, l.owner, l.until]));
    },
    async takeLease(channelId, localDate, holder) {
      const l = checkLease(holder);
      return maybe(await pool.query(
        `UPDATE deliveries SET lease_owner = $3, lease_until = $4
         WHERE channel_id = $1 AND local_date = $2 AND status = 'pending'
           AND (lease_until IS NULL OR lease_owner = $3 OR lease_until <= $5)
         RETURNING *`,
        [channelId, localDate, l.owner, l.until, l.at],
      ));
    },
    async markDelivered(channelId, localDate, messageId, at) {
      checkInstant(at, 'markDelivered time');
      return inTransaction(pool, async (client) => {
        const row = maybe(await client.query('SELECT * FROM deliveries WHERE channel_id = $1 AND local_date = $2 FOR UPDATE', [channelId, localDate]));
        if (row === null) return false;
        await client.query(
          `UPDATE deliveries SET status = 'delivered', message_id = $1, error = NULL, next_attempt_at = NULL, updated_at = $2
           WHERE channel_id = $3 AND local_date = $4 AND status <> 'delivered'`,
          [messageId, at, channelId, localDate],
        );
        await client.query(
          `INSERT INTO delivered_papers (channel_id, paper_id, local_date) SELECT $1, paper, $2 FROM unnest($3::text[]) AS paper
           ON CONFLICT DO NOTHING`,
          [channelId, localDate, row.papers.map((p) => p.paperId)],
        );
        return true;
      });
    },
    async markNothingNew(input) {
      const at = checkInstant(input.at, 'markNothingNew time');
      return maybe(await pool.query(INSERT, [input.channelId, input.guildId, input.localDate, 'nothing_new', null, '[]', null, at, null, null]));
    },
    async scheduleRetry(channelId, localDate, r) {
      checkInstant(r.nextAttemptAt, 'retry time');
      return changed(await pool.query(
        `UPDATE deliveries SET attempts = $1, next_attempt_at = $2, error = $3, updated_at = $4, lease_owner = NULL, lease_until = NULL
         WHERE channel_id = $5 AND local_date = $6 AND status = 'pending'`,
        [r.attempts, r.nextAttemptAt, r.error, checkInstant(r.at, 'retry time'), channelId, localDate],
      ));
    },
    async markFailed(channelId, localDate, error, at) {
      return changed(await pool.query(
        `UPDATE deliveries SET status = 'failed', error = $1, next_attempt_at = NULL, updated_at = $2
         WHERE channel_id = $3 AND local_date = $4 AND status = 'pending'`,
        [error, checkInstant(at, 'markFailed time'), channelId, localDate],
      ));
    },
    async inFlightDeliveries() {
      return (await pool.query(`SELECT * FROM deliveries WHERE status = 'pending' ORDER BY local_date, channel_id`)).rows.map(toDelivery);
    },
    async deliveredPaperIds(channelId) {
      const result = await pool.query<{ paper_id: string }>('SELECT paper_id FROM delivered_papers WHERE channel_id = $1', [channelId]);
      return new Set(result.rows.map((r) => r.paper_id));
    },
  };
}
