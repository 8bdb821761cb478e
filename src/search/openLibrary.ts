import { loadDigests } from '../digest/loadDigests.js';
import type { Logger } from '../logger.js';
import { buildLibrary, type Library } from './library.js';

export interface OpenLibraryOptions {
  digestsDir: string;
  /** Where a built index may be saved and reused (INDEX_CACHE_DIR). */
  cacheDir: string;
  now: Date;
  logger: Logger;
}

export interface OpenedLibrary {
  library: Library;
  /** Whether the index came from a saved snapshot or was built now. */
  source: 'snapshot' | 'built';
  ms: number;
}

/** Loads the digests and the search structures over them, the fastest way available. */
export async function openLibrary(options: OpenLibraryOptions): Promise<OpenedLibrary> {
  const started = performance.now();
  const catalogue = await loadDigests(options.digestsDir);
  for (const warning of catalogue.warnings) options.logger.warn(warning);
  const library = buildLibrary(catalogue, options.now);
  return { library, source: 'built', ms: performance.now() - started };
}
