/** One schema step; its version is its position in PG_MIGRATIONS plus one. */
export interface PgMigration {
  name: string;
  sql: string;
}

/**
 * Every PostgreSQL schema change, oldest first. Append only, as for SQLite: a released step is
 * never edited. paperboy_schema.version holds how many have been applied. The tables mirror the
 * SQLite ones (times and JSON as text, so both stores read rows with the same parsers); ids and
 * times compare bytewise (COLLATE "C"), in SQLite's order, whatever the database's locale.
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    name: 'subscriptions, deliveries, leases, rate buckets',
    sql: `
      CREATE TABLE subscriptions (
        channel_id TEXT COLLATE "C" PRIMARY KEY,
        guild_id TEXT COLLATE "C" NOT NULL,
        topics TEXT NOT NULL CHECK (jsonb_typeof(topics::jsonb) = 'array'),
        time TEXT NOT NULL CHECK (time ~ '^[0-2][0-9]:[0-5][0-9]$'),
        timezone TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 10),
        created_by TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL,
        paused_reason TEXT,
        paused_at TEXT COLLATE "C"
      );
      CREATE INDEX subscriptions_by_guild ON subscriptions (guild_id);
      CREATE TABLE deliveries (
        channel_id TEXT COLLATE "C" NOT NULL,
        guild_id TEXT COLLATE "C" NOT NULL,
        local_date TEXT COLLATE "C" NOT NULL CHECK (local_date ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
        status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'nothing_new', 'failed')),
        nonce TEXT,
        papers TEXT NOT NULL CHECK (jsonb_typeof(papers::jsonb) = 'array'),
        message_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT COLLATE "C",
        error TEXT,
        created_at TEXT COLLATE "C" NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL,
        -- Who is posting a pending delivery and until when (Store.takeLease).
        lease_owner TEXT,
        lease_until TEXT COLLATE "C",
        PRIMARY KEY (channel_id, local_date)
      );
      CREATE INDEX deliveries_pending ON deliveries (local_date, channel_id) WHERE status = 'pending';
      CREATE INDEX deliveries_by_guild ON deliveries (guild_id);
      -- One row per paper ever delivered to a channel: the unique key is the "never twice" rule.
      CREATE TABLE delivered_papers (
        channel_id TEXT COLLATE "C" NOT NULL,
        paper_id TEXT COLLATE "C" NOT NULL,
        local_date TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (channel_id, paper_id),
        FOREIGN KEY (channel_id, local_date) REFERENCES deliveries (channel_id, local_date) ON DELETE CASCADE
      );
      CREATE INDEX delivered_papers_by_delivery ON delivered_papers (channel_id, local_date);
      -- Token buckets shared by every process (Discord's global rate limit belongs to the bot).
      CREATE TABLE rate_buckets (
        name TEXT PRIMARY KEY,
        tokens DOUBLE PRECISION NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
    `,
  },
];
