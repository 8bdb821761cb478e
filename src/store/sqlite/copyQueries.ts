import type Database from 'better-sqlite3';
import { z } from 'zod';
import { toDelivery, toSubscription } from '../rows.js';
import type { ImportCounts, StoreDump } from '../store.js';

const deliveredPaperRow = z.object({ channel_id: z.string(), paper_id: z.string(), local_date: z.string() });

/** Every row out, missing rows in (for `migrate-store`). */
export interface CopyQueries {
  dump(): StoreDump;
  /** Adds the rows not there yet, in one transaction. */
  load(dump: StoreDump): ImportCounts;
}

/** Prepares the copy statements over an open, migrated database. */
export function copyQueries(db: Database.Database, beforeWrite: () => void): CopyQueries {
  const addSubscription = db.prepare(`
    INSERT INTO subscriptions (channel_id, guild_id, topics, time, timezone, count, created_by, created_at, updated_at, paused_reason, paused_at)
    VALUES (@channelId, @guildId, @topics, @time, @timezone, @count, @createdBy, @createdAt, @updatedAt, @pausedReason, @pausedAt)
    ON CONFLICT DO NOTHING`);
  const addDelivery = db.prepare(`
    INSERT INTO deliveries (channel_id, guild_id, local_date, status, nonce, papers, message_id, attempts, next_attempt_at, error, created_at, updated_at)
    VALUES (@channelId, @guildId, @localDate, @status, @nonce, @papers, @messageId, @attempts, @nextAttemptAt, @error, @createdAt, @updatedAt)
    ON CONFLICT DO NOTHING`);
  const addPaper = db.prepare('INSERT INTO delivered_papers (channel_id, paper_id, local_date) VALUES (@channelId, @paperId, @localDate) ON CONFLICT DO NOTHING');
  return {
    dump() {
      const subscriptions: unknown[] = db.prepare('SELECT * FROM subscriptions ORDER BY channel_id').all();
      const deliveries: unknown[] = db.prepare('SELECT * FROM deliveries ORDER BY channel_id, local_date').all();
      const papers: unknown[] = db.prepare('SELECT * FROM delivered_papers ORDER BY channel_id, paper_id').all();
      return {
        subscriptions: subscriptions.map(toSubscription),
        deliveries: deliveries.map(toDelivery),
        deliveredPapers: papers.map((row) => {
          const r = deliveredPaperRow.parse(row);
          return { channelId: r.channel_id, paperId: r.paper_id, localDate: r.local_date };
        }),
      };
    },
    load(dump) {
      beforeWrite();
      return db.transaction(() => ({
        subscriptions: dump.subscriptions.reduce((n, s) => n + addSubscription.run({ ...s, topics: JSON.stringify(s.topics) }).changes, 0),
        deliveries: dump.deliveries.reduce((n, d) => n + addDelivery.run({ ...d, papers: JSON.stringify(d.papers) }).changes, 0),
        deliveredPapers: dump.deliveredPapers.reduce((n, p) => n + addPaper.run(p).changes, 0),
      })).immediate();
    },
  };
}
