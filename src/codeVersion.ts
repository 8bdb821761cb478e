import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.dirname(fileURLToPath(import.meta.url));
const known = new Map<string, string>();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.(?:ts|mjs|js)$/.test(entry.name) ? [full] : [];
    });
}

/**
 * A short hash of the source code under these folders of `src/`: caches built by that code are
 * keyed by it, so an upgraded parser or index never serves results the old code produced — no
 * version number to remember to bump. Where the sources cannot be read, "unversioned".
 */
export function codeVersion(...folders: string[]): string {
  const key = folders.join(',');
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let version = 'unversioned';
  try {
    const hash = createHash('sha1');
    for (const folder of folders) {
      for (const file of sourceFiles(path.join(SRC, folder))) {
        hash.update(`${path.relative(SRC, file)}\u0000`).update(readFileSync(file)).update('\u0000');
      }
    }
    version = hash.digest('hex').slice(0, 12);
  } catch {
    // Bundled or stripped installs: fall back to the content-hash keys alone.
  }
  known.set(key, version);
  return version;
}
