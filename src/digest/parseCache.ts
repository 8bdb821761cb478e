import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prepareVersion, type PreparedDigest } from './prepareDigest.js';

/** Per-file parse results on disk, keyed by content hash: an unchanged digest is never re-cleaned. */
export interface ParseCache {
  get(hash: string): Promise<PreparedDigest | null>;
  put(prepared: PreparedDigest): Promise<void>;
}

/** A parse cache under `dir/parsed/`. Unreadable or stale entries are treated as missing. */
export function createParseCache(dir: string): ParseCache {
  const folder = path.join(dir, 'parsed');
  const version = prepareVersion();
  const file = (hash: string): string => path.join(folder, `v${version}-${hash}.json`);
  let pruned = false;
  // Results of an older parser are never read again: remove them once, on the first write.
  const prune = async (): Promise<void> => {
    if (pruned) return;
    pruned = true;
    for (const name of await readdir(folder)) {
      if (/^v[\w-]+-[0-9a-f]+\.json$/.test(name) && !name.startsWith(`v${version}-`)) await rm(path.join(folder, name), { force: true });
    }
  };
  return {
    async get(hash) {
      try {
        const parsed = JSON.parse(await readFile(file(hash), 'utf8')) as PreparedDigest;
        return parsed.hash === hash && Array.isArray(parsed.entries) ? parsed : null;
      } catch {
        return null;
      }
    },
    async put(prepared) {
      try {
        await mkdir(folder, { recursive: true });
        const temp = `${file(prepared.hash)}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify(prepared));
        await rename(temp, file(prepared.hash));
        await prune();
      } catch {
        // A cache that cannot be written only costs time on the next load.
      }
    },
  };
}
