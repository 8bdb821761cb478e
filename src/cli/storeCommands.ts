import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { openPostgresStore, redactUrl } from '../store/postgres/postgresStore.js';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';
import type { Store } from '../store/store.js';

const POSTGRES_URL = /^postgres(?:ql)?:\/\/\S+$/i;

/**
 * `migrate-store --to postgres://…`: copies the subscriptions and delivery history of the SQLite
 * file at DATABASE_PATH into PostgreSQL (migrating it first). Rows already there are kept as they
 * are, so running it again copies nothing twice; the SQLite file is only read.
 */
export async function runMigrateStore(config: Config, to: string | undefined, io: { out: (t: string) => void; err: (t: string) => void; json: boolean }): Promise<number> {
  if (to === undefined || !POSTGRES_URL.test(to)) {
    io.err('paperboy: migrate-store needs --to postgres://user:password@host:port/database');
    return 2;
  }
  if (!existsSync(config.databasePath)) {
    io.err(`paperboy: migrate-store: DATABASE_PATH ${config.databasePath} does not exist; nothing to copy`);
    return 1;
  }
  let source: Store | null = null;
  let target: Store | null = null;
  try {
    source = openSqliteStore(config.databasePath);
    target = await openPostgresStore(to);
    const dump = await source.dump();
    const added = await target.load(dump);
    const found = { subscriptions: dump.subscriptions.length, deliveries: dump.deliveries.length, deliveredPapers: dump.deliveredPapers.length };
    io.out(io.json
      ? JSON.stringify({ from: config.databasePath, to: redactUrl(to), found, added })
      : `Copied ${config.databasePath} to ${redactUrl(to)}: ${added.subscriptions} of ${found.subscriptions} subscriptions, ${added.deliveries} of ${found.deliveries} deliveries, ${added.deliveredPapers} of ${found.deliveredPapers} delivered papers (the rest were there already).`);
    return 0;
  } catch (error) {
    io.err(`paperboy: migrate-store: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await source?.close();
    await target?.close();
  }
}
