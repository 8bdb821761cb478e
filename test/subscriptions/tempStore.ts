import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../src/subscriptions/openStore.js';

/** A real store in a fresh temp folder; `cleanup` closes it and removes the folder. */
export function tempStore(): { store: Store; dir: string; file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-store-'));
  const file = path.join(dir, 'nested', 'paperboy.db');
  const store = openStore(file);
  return {
    store,
    dir,
    file,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
