import { readFeedState } from '../digest/feedState.js';
import type { Logger } from '../logger.js';
import { indexInWorker } from './indexInWorker.js';
import { digestFiles, runIndexer, type IndexRequest, type IndexResult } from './indexer.js';
import { readManifest, snapshotKey } from './snapshot/manifest.js';
import type { Library } from './library.js';
import { loadSnapshot, type LoadedSnapshot } from './snapshot/loadSnapshot.js';

export interface OpenLibraryOptions {
  digestsDir: string;
  /** Where snapshots and per-file parse results are kept (INDEX_CACHE_DIR). */
  cacheDir: string;
  now: Date;
  logger: Logger;
  /** Index in a worker thread (the bot) or in this thread (CLI, tests; the default). */
  worker?: boolean;
  /** Load in small steps, yielding to the event loop (a reload while serving). */
  gentle?: boolean;
  /** Return before the title index is loaded and add it in the background (`warmed`). */
  titleSearchLater?: boolean;
}

export interface OpenedLibrary {
  library: Library;
  /** The library with its title index loaded (the same object unless `titleSearchLater`). */
  warmed: Promise<Library>;
  /** 'snapshot' when the saved index matched the digests; otherwise how it was (re)built. */
  source: 'snapshot' | 'incremental' | 'full';
  /** Wall time, and how much of it was indexing (0 when the snapshot matched). */
  ms: number;
  indexMs: number;
}

/**
 * Loads the library the fastest safe way: brings the snapshot up to date with the digest folder
 * (no work when its key matches; incremental when digests were only added; else a rebuild), then
 * loads it in small steps, and applies the feed's live numbers. A snapshot that fails to load is
 * rebuilt, never served half-read.
 */
export async function openLibrary(options: OpenLibraryOptions): Promise<OpenedLibrary> {
  const started = performance.now();
  const request: IndexRequest = { digestsDir: options.digestsDir, cacheDir: options.cacheDir };
  const index = (): Promise<IndexResult> => (options.worker === true ? indexInWorker(request) : runIndexer(request));
  // Fast path: the saved snapshot matches the digests as they are — load it, no worker needed.
  const current = await readManifest(options.cacheDir);
  const fresh = current !== null && current.manifest.key === snapshotKey(await digestFiles(options.digestsDir, current.manifest.files));
  let result: IndexResult = fresh && current !== null ? { mode: 'unchanged', dir: current.dir, manifest: current.manifest, ms: 0, indexed: 0 } : await index();
  // The feed's latest live numbers (upvotes, withdrawals …) are not part of the index: they are
  // applied to each paper as it loads.
  const feed = await readFeedState(options.digestsDir);
  if (feed.problem !== null) options.logger.warn(feed.problem);
  const load = { gentle: options.gentle === true, titleSearch: options.titleSearchLater === true ? ('later' as const) : ('now' as const), live: feed.state.stats };
  let loaded: LoadedSnapshot;
  try {
    loaded = await loadSnapshot(result.dir, result.manifest, options.now, load);
  } catch (error) {
    options.logger.warn('saved index could not be read; rebuilding it', { error: error instanceof Error ? error.message : String(error) });
    const { rm } = await import('node:fs/promises');
    await rm(result.dir, { recursive: true, force: true });
    result = await index();
    loaded = await loadSnapshot(result.dir, result.manifest, options.now, load);
  }
  const { library, warmed } = loaded;
  for (const warning of library.catalogue.warnings) options.logger.warn(warning);
  return {
    library,
    warmed,
    source: result.mode === 'unchanged' ? 'snapshot' : result.mode,
    ms: performance.now() - started,
    indexMs: result.mode === 'unchanged' ? 0 : result.ms,
  };
}
