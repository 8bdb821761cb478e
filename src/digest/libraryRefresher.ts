import type { AppContext } from '../context.js';
import { describeError } from '../errors.js';
import { buildLibrary } from '../search/library.js';
import { digestSignature } from './digestSignature.js';
import { loadDigests } from './loadDigests.js';

/** Re-reads the digest folder when it changed and swaps in a new library. */
export interface LibraryRefresher {
  /** Reloads if the folder changed (or `force`); resolves true when a new library was swapped in. */
  refresh(force?: boolean): Promise<boolean>;
}

/** Creates the refresher; `initialSignature` is the folder state the current library was built from. */
export function createLibraryRefresher(ctx: Pick<AppContext, 'config' | 'logger' | 'clock' | 'library'>, initialSignature: string): LibraryRefresher {
  let signature = initialSignature;
  let running: Promise<boolean> | null = null;
  const reload = async (force: boolean): Promise<boolean> => {
    const now = await digestSignature(ctx.config.digestsDir);
    if (!force && now === signature) return false;
    const started = Date.now();
    const catalogue = await loadDigests(ctx.config.digestsDir);
    for (const warning of catalogue.warnings) ctx.logger.warn(warning);
    ctx.library.swap(buildLibrary(catalogue, ctx.clock.now()));
    signature = now;
    ctx.logger.info('digests reloaded', { papers: catalogue.papers.length, entries: catalogue.entryCount, ms: Date.now() - started });
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
