/** One schema step; its version is its position in MIGRATIONS plus one. */
export interface Migration {
  name: string;
  sql: string;
}

/** Marks a SQLite file as paperboy's ('PAPB'), so a stranger's database is refused, not altered. */
export const APPLICATION_ID = 0x50415042;

/**
 * Every schema change, oldest first. Append only: a released step is never edited, because
 * databases in the field already ran it. PRAGMA user_version holds how many have been applied.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'subscriptions',
    sql: `
      PRAGMA application_id = ${APPLICATION_ID};
      CREATE TABLE subscriptions (
        channel_id TEXT PRIMARY KEY NOT NULL,
        guild_id TEXT NOT NULL,
        topics TEXT NOT NULL CHECK (json_valid(topics) AND json_type(topics) = 'array'),
        time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
        timezone TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 10),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX subscriptions_by_guild ON subscriptions (guild_id);
    `,
  },
  {
    name: 'pauses and deliveries',
    sql: `
      ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT;
      ALTER TABLE subscriptions ADD COLUMN paused_at TEXT;
      CREATE TABLE deliveries (
        channel_id TEXT NOT NULL,
        guild_id TEXT NOT NULL,
        local_date TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'nothing_new', 'failed')),
        nonce TEXT,
        papers TEXT NOT NULL CHECK (json_valid(papers) AND json_type(papers) = 'array'),
        message_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (channel_id, local_date)
      ) STRICT;
      CREATE INDEX deliveries_pending ON deliveries (status) WHERE status = 'pending';
      CREATE INDEX deliveries_by_guild ON deliveries (guild_id);
      -- One row per paper ever delivered to a channel: the unique key is the "never twice" rule.
      CREATE TABLE delivered_papers (
        channel_id TEXT NOT NULL,
        paper_id TEXT NOT NULL,
        local_date TEXT NOT NULL,
        PRIMARY KEY (channel_id, paper_id),
        FOREIGN KEY (channel_id, local_date) REFERENCES deliveries (channel_id, local_date) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX delivered_papers_by_delivery ON delivered_papers (channel_id, local_date);
    `,
  },
  {
    name: 'delivery leases',
    sql: `
      -- Who is posting a pending delivery and until when (see Store.takeLease).
      ALTER TABLE deliveries ADD COLUMN lease_owner TEXT;
      ALTER TABLE deliveries ADD COLUMN lease_until TEXT;
    `,
  },
];
