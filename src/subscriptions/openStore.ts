import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { deliveryQueries, type DeliveryQueries } from './deliveryQueries.js';
import { migrate } from './migrate.js';
import { APPLICATION_ID } from './migrations.js';
import { subscriptionQueries, type SubscriptionQueries } from './subscriptionQueries.js';

/** Subscriptions and their deliveries in one SQLite file; synchronous, every write durable on return. */
export interface Store extends SubscriptionQueries, DeliveryQueries {
  readonly path: string;
  /** Schema version after migration. */
  readonly version: number;
  close(): void;
}

export interface StoreOptions {
  /** How long a write waits for another connection's lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
}

const NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** Throws unless the file is empty or already carries paperboy's application id. */
function checkOwnership(db: Database.Database, file: string): void {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  if (applicationId === APPLICATION_ID) return;
  const tables: unknown[] = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
  if (applicationId === 0 && tables.length === 0) return;
  const what = applicationId !== 0 ? `application id ${applicationId}` : `tables ${tables.slice(0, 5).map(String).join(', ')}`;
  throw new Error(`store: ${file} is not a paperboy database (it holds ${what})`);
}

/**
 * Opens (creating folder and file when missing) and migrates the store: WAL journal, foreign keys
 * on, a busy timeout, and synchronous=FULL so a write that returned survives even a power cut.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw new Error(`store: cannot open ${file} (${error instanceof Error ? error.message : String(error)}); check DATABASE_PATH`);
  }
  try {
    db.pragma('journal_mode = WAL'); // the first read of the file: a non-database fails here
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    checkOwnership(db, file);
    const version = migrate(db, file);
    return { path: file, version, ...subscriptionQueries(db), ...deliveryQueries(db), close: () => db.close() };
  } catch (error) {
    db.close();
    const code = sqliteCode(error);
    if (code !== null && NOT_A_DATABASE.has(code)) {
      throw new Error(`store: ${file} is not a paperboy database (${error instanceof Error ? error.message : code})`);
    }
    throw error;
  }
}
