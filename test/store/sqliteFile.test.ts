import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqlite as openStore } from '../../src/store/sqlite/openStore.js';

// The version-1 schema exactly as it shipped, frozen here: migration 1 must never change under it.
const VERSION_1 = `
  PRAGMA application_id = 1346457666;
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
  PRAGMA user_version = 1;
`;

let dir = '';
afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
  dir = '';
});
function tempDir(): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-open-'));
  return dir;
}

describe('openStore', () => {
  it('creates the folder and database, in WAL mode with foreign keys, at the newest version', () => {
    const file = path.join(tempDir(), 'a', 'b', 'paperboy.db');
    const store = openStore(file);
    expect(store.version).toBe(MIGRATIONS.length);
    store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
    // Opening again is a no-op migration.
    const again = openStore(file);
    expect(again.version).toBe(MIGRATIONS.length);
    again.close();
  });

  it('migrates a version-1 database and keeps its rows', () => {
    const file = path.join(tempDir(), 'old.db');
    const db = new Database(file);
    db.exec(VERSION_1);
    db.prepare(
      `INSERT INTO subscriptions VALUES ('111', '222', '[{"text":"diffusion -survey","query":"diffusion","exclude":["survey"]}]',
       '09:00', 'Europe/Berlin', 5, '333', '2026-01-01T08:00:00.000Z', '2026-01-02T08:00:00.000Z')`,
    ).run();
    db.close();

    const store = openStore(file);
    expect(store.version).toBe(MIGRATIONS.length);
    expect(store.getSubscription('111')).toEqual({
      channelId: '111',
      guildId: '222',
      topics: [{ text: 'diffusion -survey', query: 'diffusion', exclude: ['survey'] }],
      time: '09:00',
      timezone: 'Europe/Berlin',
      count: 5,
      createdBy: '333',
      createdAt: '2026-01-01T08:00:00.000Z',
      updatedAt: '2026-01-02T08:00:00.000Z',
      pausedReason: null,
      pausedAt: null,
    });
    // The tables version 2 added work on the migrated file.
    const claimed = store.claimDelivery({
      channelId: '111', guildId: '222', localDate: '2026-01-03', nonce: 'n1', papers: [{ paperId: 'p1', topic: null }], at: '2026-01-03T08:00:00.000Z',
    }, { owner: 'p', at: '2026-01-03T08:00:00.000Z', until: '2026-01-03T08:01:00.000Z' });
    expect(claimed?.status).toBe('pending');
    expect(store.markDelivered('111', '2026-01-03', 'm1', '2026-01-03T08:00:01.000Z')).toBe(true);
    expect(store.deliveredPaperIds('111')).toEqual(new Set(['p1']));
    store.close();
  });

  it('rolls a failed migration back and names it', () => {
    const file = path.join(tempDir(), 'half.db');
    const db = new Database(file);
    db.exec(VERSION_1);
    db.exec('CREATE TABLE deliveries (x TEXT)'); // collides with migration 2
    db.close();
    expect(() => openStore(file)).toThrow(/^store: .*half\.db: migration 2 \(pauses and deliveries\) failed: .*already exists/);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    const columns: unknown[] = check.prepare("SELECT name FROM pragma_table_info('subscriptions')").pluck().all();
    expect(columns).not.toContain('paused_reason');
    check.close();
  });

  it('refuses a file that is not a database', () => {
    const file = path.join(tempDir(), 'notes.db');
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    expect(() => openStore(file)).toThrow(`store: DATABASE_PATH ${file} is not a SQLite database (file is not a database)`);
  });

  it("refuses another program's SQLite database without touching it", () => {
    const file = path.join(tempDir(), 'other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    expect(() => openStore(file)).toThrow(`store: DATABASE_PATH ${file} is not a paperboy database (it holds tables recipes)`);
  });

  it('refuses a database from a newer paperboy', () => {
    const file = path.join(tempDir(), 'future.db');
    openStore(file).close();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openStore(file)).toThrow(new RegExp(`^store: .*future\\.db has schema version 99 but this paperboy knows only ${MIGRATIONS.length}`));
  });

  it('names an unopenable path', () => {
    const folder = tempDir();
    expect(() => openStore(folder)).toThrow(`store: DATABASE_PATH ${folder} cannot be opened`);
  });
});
