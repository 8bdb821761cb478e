import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqlite as openStore } from '../../src/store/sqlite/openStore.js';
import { STORE_GONE, StoreGoneError } from '../../src/store/sqlite/storeFile.js';
import { parseTopic } from '../../src/subscriptions/topic.js';

const T0 = '2026-03-01T10:00:00.000Z';
const subscription = { channelId: '100', guildId: '900', topics: [parseTopic('diffusion')], time: '09:00', timezone: 'UTC', count: 5, createdBy: '42', at: T0 };

let dir = '';
afterEach(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
  dir = '';
});
function tempFile(name = 'paperboy.db'): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-faults-'));
  return path.join(dir, name);
}

describe('store: unusable files stop start-up naming DATABASE_PATH', () => {
  it('a damaged database', () => {
    const file = tempFile();
    const store = openStore(file);
    for (let i = 0; i < 200; i += 1) store.upsertSubscription({ ...subscription, channelId: String(1000 + i) });
    store.close();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(8192);
    bytes.fill(0x5a, 4096, bytes.length); // every page after the first is garbage
    writeFileSync(file, bytes);
    expect(() => openStore(file)).toThrow(new RegExp(`^store: DATABASE_PATH ${file.replace(/[.]/g, '\\.')} is a corrupt SQLite database`));
  });

  it('a path whose folder cannot be created', () => {
    const file = tempFile('plain-file');
    writeFileSync(file, 'x');
    const inside = path.join(file, 'paperboy.db');
    expect(() => openStore(inside)).toThrow(`store: DATABASE_PATH ${inside} cannot be opened (EEXIST: file already exists, mkdir '${file}')`);
  });
});

describe('store: a database file deleted while running', () => {
  it('refuses writes with a StoreGoneError, reports it once, and keeps reading', () => {
    const file = tempFile();
    const onGone = vi.fn();
    const store = openStore(file, { onGone });
    store.upsertSubscription(subscription);
    expect(store.writable()).toBe(true);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    expect(() => store.upsertSubscription({ ...subscription, channelId: '101' })).toThrow(StoreGoneError);
    expect(() => store.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-01', nonce: 'n', papers: [], at: T0 }, { owner: 'p', at: T0, until: T0 })).toThrow(STORE_GONE);
    expect(() => store.removeSubscription('100', T0)).toThrow(StoreGoneError);
    expect(store.writable()).toBe(false);
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(onGone.mock.calls[0]?.[0]).toBe(`store: DATABASE_PATH ${file} was deleted while paperboy was running; writes are refused until it is restarted`);
    expect(store.getSubscription('100')?.channelId).toBe('100');
    store.close();
  });

  it('notices a file replaced by another one at the same path', () => {
    const file = tempFile();
    const onGone = vi.fn();
    const store = openStore(file, { onGone });
    const before = statSync(file).ino;
    unlinkSync(file);
    openStore(file).close(); // a new, empty database where ours was
    expect(statSync(file).ino).not.toBe(before);
    expect(() => store.pauseSubscription('100', 'x', T0)).toThrow(StoreGoneError);
    expect(onGone.mock.calls[0]?.[0]).toMatch(/was replaced while paperboy was running/);
    store.close();
  });
});

describe('store: two processes on one file', () => {
  it('marks deliveries while another process keeps writing, without "database is locked"', async () => {
    const file = tempFile();
    const store = openStore(file);
    const days = Array.from({ length: 150 }, (_, i) => `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    for (const localDate of days) store.claimDelivery({ channelId: '100', guildId: '900', localDate, nonce: localDate, papers: [{ paperId: `p-${localDate}`, topic: null }], at: T0 }, { owner: 'p', at: T0, until: T0 });
    // The other process holds the write lock about half the time, in short transactions.
    const writer = spawn(process.execPath, ['-e', `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
      const insert = db.prepare("INSERT OR REPLACE INTO subscriptions (channel_id, guild_id, topics, time, timezone, count, created_by, created_at, updated_at) VALUES ('200', '900', '[]', '09:00', 'UTC', 5, '1', ?, ?)");
      const end = Date.now() + 4000;
      let i = 0;
      process.stdout.write('started\\n');
      while (Date.now() < end) {
        db.transaction(() => { insert.run('t' + i, 't' + i++); const t = Date.now(); while (Date.now() - t < 2) {} }).immediate();
        const t = Date.now(); while (Date.now() - t < 2) {}
      }
    `], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    const errors: string[] = [];
    for (const localDate of days) {
      try {
        store.markDelivered('100', localDate, `m-${localDate}`, T0);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(writer.exitCode).toBeNull(); // still writing all along
    writer.kill();
    expect(errors).toEqual([]);
    expect(store.deliveredPaperIds('100').size).toBe(days.length);
    store.close();
  }, 30_000);
});
