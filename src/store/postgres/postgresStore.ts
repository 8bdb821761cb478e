import pg from 'pg';
import { ConfigError } from '../../errors.js';
import type { Store } from '../store.js';
import { copySql } from './copySql.js';
import { deliverySql } from './deliverySql.js';
import { migratePostgres } from './migrate.js';
import { subscriptionSql } from './subscriptionSql.js';
import { sharedTokenBuckets } from './tokenBucketSql.js';

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  maxConnections?: number;
  /** Give up connecting after this many ms (default 10000). */
  connectTimeoutMs?: number;
  /** Called when an idle connection breaks (the server restarted); the pool replaces it. */
  onConnectionError?: (message: string) => void;
}

/** The URL without its password, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Connects to the PostgreSQL server at DATABASE_URL, migrates, and returns the Store over a
 * connection pool. A server that is down at start-up stops start-up (ConfigError naming
 * DATABASE_URL); one that goes away later fails the calls made meanwhile, and the pool connects
 * again once it is back (each call takes a fresh or healthy connection).
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const where = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000 });
  // Without a listener a connection dropped by the server while idle would crash the process.
  pool.on('error', (error) => options.onConnectionError?.(`store: PostgreSQL connection lost (${error.message}); reconnecting on next use`));
  let version: number;
  try {
    version = await migratePostgres(pool, where);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof Error && error.message.startsWith('store:')) throw new ConfigError(error.message);
    throw new ConfigError(`store: DATABASE_URL ${where} cannot be used (${error instanceof Error ? error.message : String(error)})`);
  }
  let closed: Promise<void> | null = null;
  return {
    kind: 'postgres',
    location: where,
    version,
    writable: () => true,
    ping: async () => {
      await pool.query('SELECT 1');
    },
    ...subscriptionSql(pool),
    ...deliverySql(pool),
    ...copySql(pool),
    takeToken: sharedTokenBuckets(pool),
    close: () => (closed ??= pool.end()),
  };
}
