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
