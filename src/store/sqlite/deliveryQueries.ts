import type Database from 'better-sqlite3';
import { toDelivery } from '../rows.js';
import type { ClaimInput, Delivery } from '../../subscriptions/subscription.js';
import type { Lease, RetryInput } from '../store.js';
import { checkClaimInput, checkInstant, checkLease } from '../../subscriptions/validateInput.js';

/** Delivery reads and writes; every write is committed when the method returns. */
export interface DeliveryQueries {
  getDelivery(channelId: string, localDate: string): Delivery | null;
  /** The channel's most recent delivery row (any status), or null. */
  lastDelivery(channelId: string): Delivery | null;
  /**
   * Records the day's selection as 'pending' before anything is posted. Returns null, writing
   * nothing, when the channel already has a row for that local date: the day is taken.
   */
  claimDelivery(input: ClaimInput, lease: Lease): Delivery | null;
  /** Takes or renews the lease of a pending delivery (see Store.takeLease). */
  takeLease(channelId: string, localDate: string, lease: Lease): Delivery | null;
  /**
   * Records a posted message: status 'delivered', the message id, and every selected paper in
   * delivered_papers, in one transaction. Idempotent; false only when there is no such row.
   */
  markDelivered(channelId: string, localDate: string, messageId: string, at: string): boolean;
  /** Records a day with nothing new to send (no message); null when the day already has a row. */
  markNothingNew(input: { channelId: string; guildId: string; localDate: string; at: string }): Delivery | null;
  /** Keeps a pending delivery pending with its attempt count and next try; false unless it was pending. */
  scheduleRetry(channelId: string, localDate: string, retry: RetryInput): boolean;
  /** Gives up on a pending delivery; false unless it was pending. */
  markFailed(channelId: string, localDate: string, error: string, at: string): boolean;
  /** Every delivery still 'pending' (claimed, not known to be posted), oldest first. */
  inFlightDeliveries(): Delivery[];
  /** Ids of every paper ever delivered to the channel. */
  deliveredPaperIds(channelId: string): Set<string>;
}

/** Prepares the delivery statements over an open, migrated database. */
/** `beforeWrite` runs before every write and may refuse it by throwing (the database file is gone). */
export function deliveryQueries(db: Database.Database, beforeWrite: () => void = () => undefined): DeliveryQueries {
  const get = db.prepare('SELECT * FROM deliveries WHERE channel_id = ? AND local_date = ?');
  const last = db.prepare('SELECT * FROM deliveries WHERE channel_id = ? ORDER BY local_date DESC LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO deliveries (channel_id, guild_id, local_date, status, nonce, papers, attempts, next_attempt_at, created_at, updated_at, lease_owner, lease_until)
    VALUES (@channelId, @guildId, @localDate, @status, @nonce, @papers, 0, @nextAttemptAt, @at, @at, @leaseOwner, @leaseUntil)
    ON CONFLICT (channel_id, local_date) DO NOTHING
    RETURNING *`);
  const setDelivered = db.prepare(`
    UPDATE deliveries SET status = 'delivered', message_id = ?, error = NULL, next_attempt_at = NULL, updated_at = ?
    WHERE channel_id = ? AND local_date = ? AND status <> 'delivered'`);
  const addPaper = db.prepare('INSERT OR IGNORE INTO delivered_papers (channel_id, paper_id, local_date) VALUES (?, ?, ?)');
  const lease = db.prepare(`
    UPDATE deliveries SET lease_owner = @owner, lease_until = @until
    WHERE channel_id = @channelId AND local_date = @localDate AND status = 'pending'
      AND (lease_until IS NULL OR lease_owner = @owner OR lease_until <= @at)
    RETURNING *`);
  const retry = db.prepare(`
    UPDATE deliveries SET attempts = ?, next_attempt_at = ?, error = ?, updated_at = ?, lease_owner = NULL, lease_until = NULL
    WHERE channel_id = ? AND local_date = ? AND status = 'pending'`);
  const fail = db.prepare(`
    UPDATE deliveries SET status = 'failed', error = ?, next_attempt_at = NULL, updated_at = ?
    WHERE channel_id = ? AND local_date = ? AND status = 'pending'`);
  const pending = db.prepare(`SELECT * FROM deliveries WHERE status = 'pending' ORDER BY local_date, channel_id`);
  const delivered = db.prepare('SELECT paper_id FROM delivered_papers WHERE channel_id = ?').pluck();

  const getDelivery = (channelId: string, localDate: string): Delivery | null => {
    const row: unknown = get.get(channelId, localDate);
    return row === undefined ? null : toDelivery(row);
  };
  const inserted = (row: unknown): Delivery | null => (row === undefined ? null : toDelivery(row));

  return {
    getDelivery,
    lastDelivery(channelId) {
      const row: unknown = last.get(channelId);
      return row === undefined ? null : toDelivery(row);
    },
    claimDelivery(input, holder) {
      beforeWrite();
      const c = checkClaimInput(input);
      const l = checkLease(holder);
      return inserted(
        insert.get({ ...c, status: 'pending', papers: JSON.stringify(c.papers), nextAttemptAt: c.at, leaseOwner: l.owner, leaseUntil: l.until }),
      );
    },
    takeLease(channelId, localDate, holder) {
      beforeWrite();
      return inserted(lease.get({ channelId, localDate, ...checkLease(holder) }));
    },
    markDelivered: (channelId, localDate, messageId, at) => {
      checkInstant(at, 'markDelivered time');
      beforeWrite();
      // IMMEDIATE: it reads then writes; a deferred transaction whose snapshot another process
      // wrote past fails at once with "database is locked" (the busy timeout does not apply).
      return db.transaction(() => {
        const row = getDelivery(channelId, localDate);
        if (row === null) return false;
        setDelivered.run(messageId, at, channelId, localDate);
        for (const pick of row.papers) addPaper.run(channelId, pick.paperId, localDate);
        return true;
      }).immediate();
    },
    markNothingNew(input) {
      beforeWrite();
      const at = checkInstant(input.at, 'markNothingNew time');
      return inserted(insert.get({ ...input, at, status: 'nothing_new', nonce: null, papers: '[]', nextAttemptAt: null, leaseOwner: null, leaseUntil: null }));
    },
    scheduleRetry(channelId, localDate, r) {
      beforeWrite();
      checkInstant(r.nextAttemptAt, 'retry time');
      return retry.run(r.attempts, r.nextAttemptAt, r.error, checkInstant(r.at, 'retry time'), channelId, localDate).changes > 0;
    },
    markFailed(channelId, localDate, error, at) {
      beforeWrite();
      return fail.run(error, checkInstant(at, 'markFailed time'), channelId, localDate).changes > 0;
    },
    inFlightDeliveries() {
      const rows: unknown[] = pending.all();
      return rows.map(toDelivery);
    },
    deliveredPaperIds(channelId) {
      const ids: unknown[] = delivered.all(channelId);
      return new Set(ids.filter((x): x is string => typeof x === 'string'));
    },
  };
}
