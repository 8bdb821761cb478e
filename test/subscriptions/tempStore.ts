import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import type { Store } from '../../src/store/store.js';

/** A real SQLite store in a fresh temp folder; `cleanup` closes it and removes the folder. */
export function tempStore(): { store: Store; dir: string; file: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-store-'));
  const file = path.join(dir, 'nested', 'paperboy.db');
  const store = openSqliteStore(file);
  return {
    store,
    dir,
    file,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
