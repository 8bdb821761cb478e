import type { AppContext } from '../context.js';
import { describeError } from '../errors.js';
import { openLibrary } from '../search/openLibrary.js';
import { prepareAnswering } from '../answer/termRarity.js';
import { digestSignature } from './digestSignature.js';

/** Re-reads the digest folder when it changed and swaps in a new library. */
export interface LibraryRefresher {
  /** Reloads if the folder changed (or `force`); resolves true when a new library was swapped in. */
  refresh(force?: boolean): Promise<boolean>;
}

/**
 * Creates the refresher; `initialSignature` is the folder state the current library was built
 * from. Indexing runs in a worker thread and the result is loaded in small steps, so serving
 * never stalls; the swap is one assignment, so queries in flight finish on the old library.
 */
export function createLibraryRefresher(ctx: Pick<AppContext, 'config' | 'logger' | 'clock' | 'library'>, initialSignature: string): LibraryRefresher {
  let signature = initialSignature;
  let running: Promise<boolean> | null = null;
  const reload = async (force: boolean): Promise<boolean> => {
    const now = await digestSignature(ctx.config.digestsDir);
    if (!force && now === signature) return false;
    const opened = await openLibrary({ digestsDir: ctx.config.digestsDir, cacheDir: ctx.config.indexCacheDir, now: ctx.clock.now(), logger: ctx.logger, worker: true, gentle: true });
    prepareAnswering(opened.library);
    ctx.library.swap(opened.library);
    signature = now;
    ctx.logger.info('digests reloaded', { papers: opened.library.papers.length, source: opened.source, ms: Math.round(opened.ms), indexMs: Math.round(opened.indexMs) });
    return true;
  };
  return {
    refresh: (force = false) => {
      // One reload at a time; a second caller waits for the one in progress.
      running ??= reload(force)
        .catch((error: unknown) => {
          ctx.logger.error('digest reload failed; keeping the current library', { error: describeError(error) });
          return false;
        })
        .finally(() => {
          running = null;
        });
      return running;
    },
  };
}
