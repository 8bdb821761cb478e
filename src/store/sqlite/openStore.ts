import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../../errors.js';
import { copyQueries, type CopyQueries } from './copyQueries.js';
import { deliveryQueries, type DeliveryQueries } from './deliveryQueries.js';
import { migrate } from './migrate.js';
import { APPLICATION_ID } from './migrations.js';
import { watchStoreFile } from './storeFile.js';
import { subscriptionQueries, type SubscriptionQueries } from './subscriptionQueries.js';

/**
 * Subscriptions and their deliveries in one SQLite file; synchronous, every write durable on
 * return. sqliteStore.ts turns it into the async Store port.
 */
export interface SqliteDb extends SubscriptionQueries, DeliveryQueries, CopyQueries {
  readonly path: string;
  /** Schema version after migration. */
  readonly version: number;
  /** False once the database file was deleted or replaced under the running bot; every write then throws a StoreGoneError. */
  writable(): boolean;
  close(): void;
}

export interface StoreOptions {
  /** How long a write waits for another connection's lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Called once when the database file turns out deleted or replaced (the app logs it). */
  onGone?: (message: string) => void;
}

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Throws unless the file is empty or already carries paperboy's application id. */
function checkOwnership(db: Database.Database, file: string): void {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  if (applicationId === APPLICATION_ID) return;
  const tables: unknown[] = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
  if (applicationId === 0 && tables.length === 0) return;
  const what = applicationId !== 0 ? `application id ${applicationId}` : `tables ${tables.slice(0, 5).map(String).join(', ')}`;
  throw new ConfigError(`store: DATABASE_PATH ${file} is not a paperboy database (it holds ${what})`);
}

/** Reads every page once (cheap at paperboy's sizes), so a damaged file stops start-up rather than a later write. */
function checkIntegrity(db: Database.Database, file: string): void {
  const result = String(db.pragma('quick_check(1)', { simple: true }));
  if (result !== 'ok') throw new ConfigError(`store: DATABASE_PATH ${file} is a corrupt SQLite database (${result})`);
}

/**
 * Opens (creating folder and file when missing) and migrates the store: WAL journal, foreign keys
 * on, a busy timeout, and synchronous=FULL so a write that returned survives even a power cut.
 * A file that cannot be opened, is not SQLite, is damaged or belongs to another program throws a
 * ConfigError naming DATABASE_PATH and the path.
 */
export function openSqlite(file: string, options: StoreOptions = {}): SqliteDb {
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw new ConfigError(`store: DATABASE_PATH ${file} cannot be opened (${reason(error)})`);
  }
  try {
    db.pragma('journal_mode = WAL'); // the first read of the file: a non-database fails here
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    checkIntegrity(db, file);
    checkOwnership(db, file);
    const version = migrate(db, file);
    const { writable, beforeWrite } = watchStoreFile(file, options.onGone ?? (() => undefined));
    return { path: file, version, ...subscriptionQueries(db, beforeWrite), ...deliveryQueries(db, beforeWrite), ...copyQueries(db, beforeWrite), writable, close: () => db.close() };
  } catch (error) {
    db.close();
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') throw new ConfigError(`store: DATABASE_PATH ${file} is not a SQLite database (${reason(error)})`);
    if (code === 'SQLITE_CORRUPT') throw new ConfigError(`store: DATABASE_PATH ${file} is a corrupt SQLite database (${reason(error)})`);
    if (code !== null) throw new ConfigError(`store: DATABASE_PATH ${file} cannot be used (${reason(error)})`);
    throw error;
  }
}
