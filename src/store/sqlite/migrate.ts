import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings the database up to the newest schema, one transaction per step (a failed step leaves the
 * previous version intact). Refuses a database written by a newer paperboy.
 */
export function migrate(db: Database.Database, path: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const found = schemaVersion(db);
  if (found > migrations.length) {
    throw new Error(
      `store: ${path} has schema version ${found} but this paperboy knows only ${migrations.length}; upgrade paperboy or point DATABASE_PATH elsewhere`,
    );
  }
  migrations.forEach((migration, i) => {
    const version = i + 1;
    const step = db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (schemaVersion(db) >= version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${version}`);
    });
    try {
      step.immediate();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`store: ${path}: migration ${version} (${migration.name}) failed: ${why}`, { cause: error });
    }
  });
  return schemaVersion(db);
}
