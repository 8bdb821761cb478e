import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { codeVersion } from '../../codeVersion.js';
import { FIELD_BOOST } from '../fieldBoost.js';

/** Bump when the snapshot layout changes shape (the key also changes with any parser or index code change). */
export const SNAPSHOT_VERSION = 7;
/** Papers per chunk file: small enough that loading one never stalls the event loop for long. */
export const CHUNK_SIZE = 2000;

const digestFile = z.object({ name: z.string(), hash: z.string(), size: z.number().optional(), mtimeMs: z.number().optional() });

/** What a snapshot holds and what it was built from; checked with zod when read. */
export const manifestSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  key: z.string(),
  createdAt: z.string(),
  files: z.array(digestFile),
  digests: z.array(z.object({ file: z.string(), hash: z.string(), entries: z.number(), dateLabel: z.string().nullable(), date: z.string().nullable() })),
  warnings: z.array(z.string()),
  paperCount: z.number().int().nonnegative(),
  paperChunks: z.number().int().nonnegative(),
  segments: z.array(z.object({ file: z.string(), base: z.number().int(), docCount: z.number().int() })),
  titleSearchChunks: z.number().int().nonnegative(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * The key a snapshot is valid for: every digest file's name and content hash, plus the versions
 * of everything that shapes the index (the parser's and index's source code, snapshot layout,
 * field weights). A snapshot whose
 * key differs is never served.
 */
export function snapshotKey(files: readonly { name: string; hash: string }[]): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify({ SNAPSHOT_VERSION, code: codeVersion('digest', 'text', 'search'), FIELD_BOOST }));
  for (const f of files) hash.update(`${f.name}\u0000${f.hash}\n`);
  return hash.digest('hex');
}

/** The folder holding the current snapshot, or null. */
export async function currentSnapshotDir(cacheDir: string): Promise<string | null> {
  try {
    const name = (await readFile(path.join(cacheDir, 'CURRENT'), 'utf8')).trim();
    return /^index-[\w-]+$/.test(name) ? path.join(cacheDir, name) : null;
  } catch {
    return null;
  }
}

/** The current snapshot's manifest, or null when there is none or it cannot be read. */
export async function readManifest(cacheDir: string): Promise<{ dir: string; manifest: Manifest } | null> {
  const dir = await currentSnapshotDir(cacheDir);
  if (dir === null) return null;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')));
    return parsed.success ? { dir, manifest: parsed.data } : null;
  } catch {
    return null;
  }
}
