import { cpSync } from 'node:fs';
import path from 'node:path';
import { titleKey } from '../../src/digest/paperId.js';
import { silentLogger } from '../../src/logger.js';
import { indexInWorker } from '../../src/search/indexInWorker.js';
import { digestFiles } from '../../src/search/indexer.js';
import { openLibrary } from '../../src/search/openLibrary.js';
import { readManifest, snapshotKey } from '../../src/search/snapshot/manifest.js';
import { BENCH_NOW } from '../constants.js';
import { readRealText } from '../corpus/realText.js';
import { collectGarbage } from '../gc.js';
import { createRng } from '../prng.js';
import { makeTempDir, removeTempDir } from '../tempDirs.js';
import { measureAddDay, type AddDayResult } from './addDay.js';
import { measureUpvoteRefresh, type UpvoteResult } from './upvotes.js';

/** Following the Daily Papers feed at one size: adding a day's list, and an upvote refresh. */
export interface LiveFeedResult {
  size: number;
  /** Where the up-to-date starting snapshot came from: copied from the start-up section's cache, or built here. */
  baseline: string;
  addDay: AddDayResult;
  upvotes: UpvoteResult;
}

async function isCurrent(cacheDir: string, digestsDir: string): Promise<boolean> {
  const current = await readManifest(cacheDir);
  return current !== null && current.manifest.key === snapshotKey(await digestFiles(digestsDir));
}

/**
 * Copies the corpus to a temp folder (the cached corpus is never modified), brings a snapshot up
 * to date for it (a copy of `readyCacheDir` when that one matches, else a full index in a worker),
 * opens it as the serving library, then adds `days` day lists (measureAddDay) and times an upvote
 * refresh over the resulting catalogue (measureUpvoteRefresh).
 */
export async function measureLiveFeed(size: number, corpusDir: string, readyCacheDir: string | null, plan: { days: number; upvoteReps: number }, seed: number): Promise<LiveFeedResult> {
  const root = makeTempDir('paperboy-bench-livefeed-');
  try {
    const dir = path.join(root, 'digests');
    const cacheDir = path.join(root, 'cache');
    cpSync(corpusDir, dir, { recursive: true });
    let baseline: string;
    if (readyCacheDir !== null && (await isCurrent(readyCacheDir, dir))) {
      cpSync(readyCacheDir, cacheDir, { recursive: true });
      baseline = "copy of the start-up section's snapshot";
    } else {
      const built = await indexInWorker({ digestsDir: dir, cacheDir });
      baseline = `built here (${built.mode}, ${(built.ms / 1000).toFixed(1)} s)`;
    }
    if (!(await isCurrent(cacheDir, dir))) throw new Error('bench: the starting snapshot does not match the corpus copy');
    const start = await openLibrary({ digestsDir: dir, cacheDir, now: BENCH_NOW, logger: silentLogger, worker: true });
    if (start.source !== 'snapshot' || start.library.papers.length !== size) throw new Error(`bench: the starting library came from ${start.source} with ${start.library.papers.length} papers (expected the snapshot, ${size})`);
    const real = await readRealText();
    const keys = new Set([...real.titleKeys, ...start.library.papers.map((p) => titleKey(p.title))]);
    const source = { rng: createRng(seed ^ 0xda11), real, keys, names: new Set<string>() };
    const added = await measureAddDay(dir, cacheDir, start.library, source, plan.days);
    collectGarbage();
    const upvotes = measureUpvoteRefresh(added.library, seed, plan.upvoteReps);
    return { size, baseline, addDay: added.result, upvotes };
  } finally {
    removeTempDir(root);
    collectGarbage();
  }
}
