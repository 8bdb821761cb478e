import type pg from 'pg';
import { z } from 'zod';
import { toDelivery, toSubscription } from '../rows.js';
import type { ImportCounts, StoreDump } from '../store.js';
import { inTransaction } from './transaction.js';

const deliveredPaperRow = z.object({ channel_id: z.string(), paper_id: z.string(), local_date: z.string() });

/** Every row out, missing rows in, for `migrate-store` (the load is one transaction). */
export function copySql(pool: pg.Pool): { dump(): Promise<StoreDump>; load(dump: StoreDump): Promise<ImportCounts> } {
  return {
    async dump() {
      const subscriptions = await pool.query('SELECT * FROM subscriptions ORDER BY channel_id');
      const deliveries = await pool.query('SELECT * FROM deliveries ORDER BY channel_id, local_date');
      const papers = await pool.query('SELECT * FROM delivered_papers ORDER BY channel_id, paper_id');
      return {
        subscriptions: subscriptions.rows.map(toSubscription),
        deliveries: deliveries.rows.map(toDelivery),
        deliveredPapers: papers.rows.map((row) => {
          const r = deliveredPaperRow.parse(row);
          return { channelId: r.channel_id, paperId: r.paper_id, localDate: r.local_date };
        }),
      };
    },
    load: (dump) =>
      inTransaction(pool, async (client) => {
        const counts: ImportCounts = { subscriptions: 0, deliveries: 0, deliveredPapers: 0 };
        for (const s of dump.subscriptions) {
          const r = await client.query(
            `INSERT INTO subscriptions (channel_id, guild_id, topics, time, timezone, count, created_by, created_at, updated_at, paused_reason, paused_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
            [s.channelId, s.guildId, JSON.stringify(s.topics), s.time, s.timezone, s.count, s.createdBy, s.createdAt, s.updatedAt, s.pausedReason, s.pausedAt],
          );
          counts.subscriptions += r.rowCount ?? 0;
        }
        for (const d of dump.deliveries) {
          const r = await client.query(
            `INSERT INTO deliveries (channel_id, guild_id, local_date, status, nonce, papers, message_id, attempts, next_attempt_at, error, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
            [d.channelId, d.guildId, d.localDate, d.status, d.nonce, JSON.stringify(d.papers), d.messageId, d.attempts, d.nextAttemptAt, d.error, d.createdAt, d.updatedAt],
          );
          counts.deliveries += r.rowCount ?? 0;
        }
        for (const p of dump.deliveredPapers) {
          const r = await client.query('INSERT INTO delivered_papers (channel_id, paper_id, local_date) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [p.channelId, p.paperId, p.localDate]);
          counts.deliveredPapers += r.rowCount ?? 0;
        }
        return counts;
      }),
  };
}
