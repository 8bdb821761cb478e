import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
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
