import { loadDigests } from '../../src/digest/loadDigests.js';
import { buildLibrary, type Library } from '../../src/search/library.js';
import type { Paper } from '../../src/digest/schema.js';
import { REPO_ROOT } from '../../support/spawnBot.js';
import path from 'node:path';

/** "Today" for tests: fixed, so trending and digest dates never drift with the calendar. */
export const TEST_NOW = new Date('2026-11-23T12:00:00Z');

let shipped: Promise<Library> | undefined;

/** The library over the shipped digests (built once per test file). */
export function shippedLibrary(): Promise<Library> {
  shipped ??= loadDigests(path.join(REPO_ROOT, 'data', 'digests')).then((c) => buildLibrary(c, TEST_NOW));
  return shipped;
}

/** The one paper whose title starts with `prefix` (throws when none or several do). */
export function paperByTitle(library: Library, prefix: string): Paper {
  const found = library.papers.filter((p) => p.title.startsWith(prefix));
  if (found.length !== 1) throw new Error(`test: ${found.length} papers have a title starting with "${prefix}"`);
  return found[0] as Paper;
}
