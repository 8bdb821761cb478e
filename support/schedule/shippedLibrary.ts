import { loadDigests } from '../../src/digest/loadDigests.js';
import { buildLibrary, type Library } from '../../src/search/library.js';

let cached: Promise<Library> | null = null;

/** The real library over the shipped digests (built once per test file). */
export function shippedLibrary(): Promise<Library> {
  cached ??= loadDigests('data/digests').then((catalogue) => buildLibrary(catalogue, new Date('2026-03-20T12:00:00Z')));
  return cached;
}
