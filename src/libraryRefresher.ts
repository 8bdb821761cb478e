import type { AppContext } from './context.js';
import { describeError } from './errors.js';
import { extendLibrary, prepareExtension } from './search/extendLibrary.js';
import { indexInWorker } from './search/indexInWorker.js';
import { openLibrary } from './search/openLibrary.js';
import { carryAnswering, prepareAnswering } from './answer/question/termRarity.js';
import { addedFiles, digestSignature } from './digest/digestSignature.js';
import { readPreparedDigests } from './digest/loadDigests.js';
import { createParseCache } from './digest/parseCache.js';

/** Re-reads the digest folder when it changed and swaps in a new library. */
export interface LibraryRefresher {
  /** Reloads if the folder changed (or `force`); resolves true when a new library was swapped in. */
  refresh(force?: boolean): Promise<boolean>;
  /**
   * Adds new digest files (a day's list from the feed) to the library in memory, without reloading
   * it; the snapshot on disk catches up in a worker a little later. Falls back to a reload.
   */
  extend(files: readonly string[]): Promise<boolean>;
  /** Gets the current library ready to be extended (in small steps; call once it is loaded). */
  prepare(): Promise<void>;
}

/** How long after the last extension the snapshot is brought up to date (a burst of days is one rewrite). */
export const SNAPSHOT_CATCH_UP_MS = 30_000;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/**
 * Creates the refresher; `initialSignature` is the folder state the current library was built
 * from. Indexing runs in a worker thread and the result is loaded in small steps, so serving
 * never stalls; the swap is one assignment, so queries in flight finish on the old library.
 */
export function createLibraryRefresher(ctx: Pick<AppContext, 'config' | 'logger' | 'clock' | 'library'>, initialSignature: string): LibraryRefresher {
  let signature = initialSignature;
  let running: Promise<boolean> | null = null;
  let catchUp: NodeJS.Timeout | null = null;
  const request = { digestsDir: ctx.config.digestsDir, cacheDir: ctx.config.indexCacheDir };

  const reload = async (force: boolean): Promise<boolean> => {
    const now = await digestSignature(ctx.config.digestsDir);
    if (!force && now === signature) return false;
    // Digests only added (the feed, most hand copies): they join the library in memory.
    const added = force ? null : addedFiles(signature, now);
    if (added !== null && added.length > 0 && !added.some((file) => file.endsWith(':gone'))) return extend(added);
    const opened = await openLibrary({ ...request, now: ctx.clock.now(), logger: ctx.logger, worker: true, gentle: true });
    prepareAnswering(opened.library);
    ctx.library.swap(opened.library);
    signature = now;
    await prepareExtension(opened.library, pause);
    ctx.logger.info('digests reloaded', { papers: opened.library.papers.length, source: opened.source, ms: Math.round(opened.ms), indexMs: Math.round(opened.indexMs) });
    return true;
  };

  // The snapshot on disk, brought up to date in a worker so the next start loads it directly.
  const scheduleCatchUp = (): void => {
    if (catchUp !== null) clearTimeout(catchUp);
    catchUp = setTimeout(() => {
      catchUp = null;
      indexInWorker(request).then(
        (result) => ctx.logger.info('index snapshot brought up to date', { mode: result.mode, ms: Math.round(result.ms) }),
        (error: unknown) => ctx.logger.warn('index snapshot not updated; the next start indexes the new digests', { error: describeError(error) }),
      );
    }, SNAPSHOT_CATCH_UP_MS);
    catchUp.unref();
  };

  const extend = async (files: readonly string[]): Promise<boolean> => {
    const started = performance.now();
    const current = ctx.library.current();
    // A reload may have picked some of them up already (the minute tick saw the folder change).
    const known = new Set(current.catalogue.digests.map((d) => d.file));
    const fresh = files.filter((file) => !known.has(file));
    if (fresh.length === 0) return true;
    const prepared = await readPreparedDigests(ctx.config.digestsDir, { files: fresh, cache: createParseCache(ctx.config.indexCacheDir), pause });
    const next = await extendLibrary(current, prepared, ctx.clock.now(), pause);
    carryAnswering(current, next);
    ctx.library.swap(next);
    signature = await digestSignature(ctx.config.digestsDir);
    scheduleCatchUp();
    ctx.logger.info('digests added', { files: files.length, papers: next.papers.length, added: next.papers.length - current.papers.length, ms: Math.round(performance.now() - started) });
    return true;
  };

  // One change at a time; a second caller waits for the one in progress.
  const exclusive = (work: () => Promise<boolean>, what: string): Promise<boolean> => {
    running ??= work()
      .catch((error: unknown) => {
        ctx.logger.error(`${what} failed; keeping the current library`, { error: describeError(error) });
        return false;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  return {
    prepare: () => prepareExtension(ctx.library.current(), pause),
    refresh: (force = false) => exclusive(() => reload(force), 'digest reload'),
    extend: async (files) => {
      if (running !== null) await running;
      const added = await exclusive(() => extend(files), 'adding digests');
      return added || (await exclusive(() => reload(false), 'digest reload'));
    },
  };
}
