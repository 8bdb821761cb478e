import type pg from 'pg';
import { PG_MIGRATIONS, type PgMigration } from './migrations.js';
import { inTransaction } from './transaction.js';

// Any constant: every paperboy process migrating the same database queues on this lock.
const MIGRATION_LOCK = 0x50415042;

async function schemaVersion(client: pg.PoolClient): Promise<number> {
  await client.query('CREATE TABLE IF NOT EXISTS paperboy_schema (version INTEGER NOT NULL)');
  const { rows } = await client.query<{ version: number }>('SELECT version FROM paperboy_schema');
  return rows[0]?.version ?? 0;
}

/**
 * Brings the database up to the newest schema, one transaction per step (a failed step leaves the
 * previous version intact), holding an advisory lock so processes starting together migrate once.
 * Refuses a database written by a newer paperboy.
 */
export async function migratePostgres(pool: pg.Pool, where: string, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number> {
  for (const [i, migration] of migrations.entries()) {
    const version = i + 1;
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const found = await schemaVersion(client);
      if (found > migrations.length) {
        throw new Error(`store: ${where} has schema version ${found} but this paperboy knows only ${migrations.length}; upgrade paperboy or point DATABASE_URL elsewhere`);
      }
      if (found >= version) return;
      try {
        await client.query(migration.sql);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`store: ${where}: migration ${version} (${migration.name}) failed: ${why}`, { cause: error });
      }
      await client.query('DELETE FROM paperboy_schema');
      await client.query('INSERT INTO paperboy_schema (version) VALUES ($1)', [version]);
    });
  }
  return inTransaction(pool, schemaVersion);
}
