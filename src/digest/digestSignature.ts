import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listDigestFiles } from './loadDigests.js';

/** A cheap fingerprint of the digest folder (names, sizes, modification times): changes when a digest is added, removed or edited. */
export async function digestSignature(dir: string): Promise<string> {
  const files = await listDigestFiles(dir);
  const parts = await Promise.all(
    files.map(async (file) => {
      try {
        const s = await stat(path.join(dir, file));
        return `${file}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${file}:gone`;
      }
    }),
  );
  return parts.join('|');
}

/**
 * The digest files `after` holds beyond `before` when every file of `before` is still there
 * unchanged (digests were only added, as the feed and most hand copies do); null when any file
 * changed or went away.
 */
export function addedFiles(before: string, after: string): string[] | null {
  const old = new Set(before === '' ? [] : before.split('|'));
  const now = after === '' ? [] : after.split('|');
  const still = new Set(now);
  for (const entry of old) if (!still.has(entry)) return null;
  return now.filter((entry) => !old.has(entry)).map((entry) => entry.replace(/:[^:]*:[^:]*$/, ''));
}
