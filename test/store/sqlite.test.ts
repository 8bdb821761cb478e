import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { storeContract } from './storeContract.js';

describe('SQLite store', () => {
  storeContract(() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-store-'));
    const file = path.join(dir, 'nested', 'paperboy.db');
    return Promise.resolve({
      open: () => Promise.resolve(openSqliteStore(file)),
      cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    });
  });
});

describe('SQLite store health', () => {
  it('ping rejects once the database file is deleted under the store', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-store-'));
    const file = path.join(dir, 'paperboy.db');
    const store = openSqliteStore(file);
    try {
      await expect(store.ping()).resolves.toBeUndefined();
      unlinkSync(file);
      await expect(store.ping()).rejects.toThrow(`store: DATABASE_PATH ${file} was deleted or replaced`);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
