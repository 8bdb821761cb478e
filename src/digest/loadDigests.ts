import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { makeCatalogue, type Catalogue } from './catalogue.js';
import { mergeInto, type MergeOptions } from './mergePapers.js';
import type { ParseCache } from './parseCache.js';
import { hashBytes, prepareDigest, prepareDigestGently, type PreparedDigest } from './prepareDigest.js';
import { paperSchema, type Paper } from './schema.js';
import { capWarnings } from './warningCap.js';

/** Digest files are every visible regular file in the folder, read in name order. */
export async function listDigestFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    names = dirents.filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code ?? 'error'})`;
    throw new Error(`digest-loader: digest folder "${dir}" ${why}; set DIGESTS_DIR to the folder holding the digests`, { cause: error });
  }
  return names.sort();
}

/** A digest file's name and content hash. */
export interface DigestFile {
  name: string;
  hash: string;
  /** Size and modification time when it was hashed (absent when it had just changed). */
  size?: number | undefined;
  mtimeMs?: number | undefined;
}

function unreadable(file: string, error: unknown): PreparedDigest {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return { file, hash: `unreadable-${code}`, dateLabel: null, date: null, entries: [], warnings: [`digest-loader: ${file}: cannot be read (${code})`] };
}

/**
 * Reads, parses and cleans the given digest files (all of `dir` by default); an unreadable file
 * becomes a warning, never a crash. With a cache, files whose content was seen before are not
 * parsed again.
 */
export async function readPreparedDigests(dir: string, options: { cache?: ParseCache; files?: readonly string[]; pause?: () => Promise<void> } = {}): Promise<PreparedDigest[]> {
  const files = options.files ?? (await listDigestFiles(dir));
  const out: PreparedDigest[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(dir, file));
    } catch (error) {
      out.push(unreadable(file, error));
      continue;
    }
    const hash = hashBytes(bytes);
    const cached = (await options.cache?.get(hash)) ?? null;
    if (cached !== null) {
      out.push({ ...cached, file });
      continue;
    }
    // On the serving thread (a day from the feed), clean in short steps; in a worker, at once.
    const prepared = options.pause === undefined ? prepareDigest(file, bytes, hash) : await prepareDigestGently(file, bytes, hash, options.pause);
    await options.cache?.put(prepared);
    out.push(prepared);
  }
  return out;
}

/** Merges prepared digests onto `existing` papers; every emitted paper is checked against the schema. */
export function buildCatalogue(digests: readonly PreparedDigest[], existing: Catalogue | null = null, merge: MergeOptions = {}): Catalogue {
  const warnings = [...(existing?.warnings ?? []), ...digests.flatMap((d) => d.warnings)];
  const merged = mergeInto(existing?.papers ?? [], digests, merge);
  const firstNew = merged.papers.length - merged.added;
  const valid: Paper[] = [];
  const invalid = new Map<string, string[]>();
  merged.papers.forEach((paper, i) => {
    if (i < firstNew) {
      valid.push(paper);
      return;
    }
    const checked = paperSchema.safeParse(paper);
    if (checked.success) {
      valid.push(paper);
      return;
    }
    const digest = paper.appearances[0]?.digest ?? '?';
    const list = invalid.get(digest) ?? [];
    invalid.set(digest, list);
    list.push(`digest-loader: ${digest}: paper "${paper.title.slice(0, 60)}" failed validation (${checked.error.issues[0]?.message ?? 'invalid'}); skipped`);
  });
  for (const [digest, list] of invalid) for (const warning of capWarnings(digest, list)) warnings.push(warning);
  const summaries = [
    ...(existing?.digests ?? []),
    ...digests.map((d) => ({ file: d.file, hash: d.hash, entries: d.entries.length, dateLabel: d.dateLabel, date: d.date })),
  ];
  return makeCatalogue(valid, summaries, warnings);
}

/** Loads the digest folder into a catalogue. */
export async function loadDigests(dir: string, cache?: ParseCache): Promise<Catalogue> {
  return buildCatalogue(await readPreparedDigests(dir, cache === undefined ? {} : { cache }));
}
