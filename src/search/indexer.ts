import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Catalogue } from '../digest/catalogue.js';
import { buildCatalogue, listDigestFiles, readPreparedDigests, type DigestFile } from '../digest/loadDigests.js';
import { createParseCache } from '../digest/parseCache.js';
import { hashBytes } from '../digest/prepareDigest.js';
import { buildNames, docFields, titleText } from './library.js';
import { loadSnapshot } from './snapshot/loadSnapshot.js';
import { readManifest, snapshotKey, type Manifest } from './snapshot/manifest.js';
import { writeSnapshot } from './snapshot/writeSnapshot.js';
import { TextIndex } from './textIndex.js';
import { buildSegment } from './textSegment.js';
import { buildTitleIndex } from './titleIndex.js';
import { createTitleSearch, titleDocs } from './titleSearch.js';

/** What to index, and where snapshots and parse results are kept. */
export interface IndexRequest {
  digestsDir: string;
  cacheDir: string;
}

/** How the current snapshot came about: already up to date, extended with new digests, or rebuilt. */
export interface IndexResult {
  mode: 'unchanged' | 'incremental' | 'full';
  dir: string;
  manifest: Manifest;
  ms: number;
  /** Papers indexed in this run (all of them for a full build, the new ones when incremental). */
  indexed: number;
}

/** A file hashed less than this long after it last changed could change again unseen (same size, same time stamp). */
const RACY_MS = 2000;

/**
 * Names and content hashes of the digest files, in name order. A file whose size and modification
 * time match what `known` (the current snapshot's list) recorded keeps its hash without being read
 * again — as git's index does — so a restart does not read and hash every digest. A file hashed
 * within 2 s of its last change records no stat, and is hashed again next time.
 */
export async function digestFiles(dir: string, known: readonly DigestFile[] = []): Promise<DigestFile[]> {
  const names = await listDigestFiles(dir);
  const started = Date.now();
  const recorded = new Map(known.map((f) => [f.name, f]));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      try {
        const info = await stat(file);
        const seen = recorded.get(name);
        if (seen?.size !== undefined && seen.size === info.size && seen.mtimeMs === info.mtimeMs) return seen;
        const hash = hashBytes(await readFile(file));
        return info.mtimeMs < started - RACY_MS ? { name, hash, size: info.size, mtimeMs: info.mtimeMs } : { name, hash };
      } catch (error) {
        return { name, hash: `unreadable-${(error as NodeJS.ErrnoException).code ?? 'error'}` };
      }
    }),
  );
}

/**
 * Brings the snapshot in `cacheDir` up to date with the digest folder: nothing to do when its key
 * matches; when digests were only added, the previous snapshot is extended (new papers parsed,
 * cleaned and indexed as a new segment; earlier papers only gain appearances); otherwise a full
 * rebuild, re-using per-file parse results for unchanged files. Runs in a worker in the bot.
 */
export async function runIndexer(request: IndexRequest): Promise<IndexResult> {
  const started = performance.now();
  const current = await readManifest(request.cacheDir);
  const files = await digestFiles(request.digestsDir, current?.manifest.files);
  const key = snapshotKey(files);
  if (current !== null && current.manifest.key === key) {
    return { mode: 'unchanged', dir: current.dir, manifest: current.manifest, ms: performance.now() - started, indexed: 0 };
  }
  const cache = createParseCache(request.cacheDir);
  const previous = current === null ? null : await extendable(current, files);
  if (previous !== null) {
    const known = new Set(previous.manifest.files.map((f) => `${f.name}\u0000${f.hash}`));
    const added = files.filter((f) => !known.has(`${f.name}\u0000${f.hash}`)).map((f) => f.name);
    const old = previous.catalogue;
    const catalogue = buildCatalogue(await readPreparedDigests(request.digestsDir, { cache, files: added }), old);
    const fresh = catalogue.papers.slice(old.papers.length);
    const text = previous.text.withSegment(buildSegment(fresh.map(docFields), old.papers.length));
    previous.titleSearch.addAll(titleDocs(fresh, old.papers.length));
    const manifest = await writeSnapshot(request.cacheDir, {
      key, files, catalogue, text, titleSearch: previous.titleSearch,
      titles: buildTitleIndex(catalogue.papers.map(titleText)),
      names: buildNames(catalogue.papers),
    });
    const dir = (await readManifest(request.cacheDir))?.dir ?? request.cacheDir;
    return { mode: 'incremental', dir, manifest, ms: performance.now() - started, indexed: fresh.length };
  }
  const catalogue = buildCatalogue(await readPreparedDigests(request.digestsDir, { cache, files: files.map((f) => f.name) }));
  const manifest = await writeSnapshot(request.cacheDir, {
    key, files, catalogue,
    text: new TextIndex([buildSegment(catalogue.papers.map(docFields), 0)]),
    titleSearch: createTitleSearch(titleDocs(catalogue.papers)),
    titles: buildTitleIndex(catalogue.papers.map(titleText)),
    names: buildNames(catalogue.papers),
  });
  const dir = (await readManifest(request.cacheDir))?.dir ?? request.cacheDir;
  return { mode: 'full', dir, manifest, ms: performance.now() - started, indexed: catalogue.papers.length };
}

/** The previous snapshot, loaded, if the digest folder only gained files since it was written. */
async function extendable(current: { dir: string; manifest: Manifest }, files: readonly DigestFile[]) {
  const now = new Set(files.map((f) => `${f.name}\u0000${f.hash}`));
  const unchanged = current.manifest.files.every((f) => now.has(`${f.name}\u0000${f.hash}`));
  if (!unchanged || current.manifest.files.length >= files.length) return null;
  try {
    const { library } = await loadSnapshot(current.dir, current.manifest, new Date(), { gentle: false, titleSearch: 'now' });
    const catalogue: Catalogue = library.catalogue;
    if (library.titleSearch === null) return null;
    return { manifest: current.manifest, catalogue, text: library.text, titleSearch: library.titleSearch };
  } catch {
    return null;
  }
}
