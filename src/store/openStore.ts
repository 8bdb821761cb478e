import type { Store } from './store.js';
import { openPostgresStore } from './postgres/postgresStore.js';
import { openSqliteStore } from './sqlite/sqliteStore.js';

/** Where the store lives: DATABASE_URL (PostgreSQL) when set, else the SQLite file DATABASE_PATH. */
export interface StoreLocation {
  databaseUrl: string | null;
  databasePath: string;
}

/** Opens the configured store; `onProblem` hears what the app should log (file gone, connection lost). */
export async function openStore(where: StoreLocation, onProblem: (message: string) => void): Promise<Store> {
  if (where.databaseUrl !== null) return openPostgresStore(where.databaseUrl, { onConnectionError: onProblem });
  return openSqliteStore(where.databasePath, { onGone: onProblem });
}
