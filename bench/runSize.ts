import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../src/logger.js';
import type { Library } from '../src/search/library.js';
import { openLibrary } from '../src/search/openLibrary.js';
import { wants, type BenchArgs } from './args.js';
import { BENCH_NOW } from './constants.js';
import type { Corpus } from './corpus/ensureCorpus.js';
import { collectGarbage } from './gc.js';
import { planFor } from './plan.js';
import { makeQueries, type QuerySets } from './queries/makeQueries.js';
import type { BenchResults } from './results.js';
import { section } from './section.js';
import { makeTempDir, removeTempDir } from './tempDirs.js';

function folderMegabytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0) / 1024 / 1024;
}

/** Ensures the corpus of one size exists (generating it once) and records it. */
export async function prepareCorpus(results: BenchResults, size: number, seed: number): Promise<Corpus | null> {
  const { ensureCorpus } = await import('./corpus/ensureCorpus.js');
  const corpus = await section(results, `corpus@${size}`, () => ensureCorpus(size, seed));
  if (corpus !== null && !results.corpora.some((c) => c.size === size)) {
    results.corpora.push({ size, dir: corpus.dir, files: corpus.files, megabytes: folderMegabytes(corpus.dir), generated: corpus.generated, generateMs: corpus.generateMs });
  }
  return corpus;
}

/** Holds the only reference to the opened library, so it can be let go to measure its memory. */
interface Holder {
  library: Library | null;
}

function need(holder: Holder): Library {
  if (holder.library === null) throw new Error('bench: the library was already released');
  return holder.library;
}

/**
 * Opens the library as the bot does (openLibrary, on the cache the start-up children left). The
 * holder it returns is the only reference left to the library: openLibrary's answer dies with
 * this function's frame, so the memory section can let the library go.
 */
async function openHeld(results: BenchResults, size: number, dir: string, cacheDir: string): Promise<Holder | null> {
  const open = (worker: boolean, cache: string) => () => openLibrary({ digestsDir: dir, cacheDir: cache, now: BENCH_NOW, logger: silentLogger, worker });
  // As the bot opens it (worker: true, the children's snapshot). If that fails — say src/ changed
  // under a long run and the snapshot or worker no longer matches the code loaded here — build it
  // in this thread into an empty cache, so the queries still run.
  const opened =
    (await section(results, `open library@${size}`, open(true, cacheDir))) ??
    (await section(results, `open library in-thread, empty cache@${size}`, open(false, mkdtempSync(path.join(cacheDir, '..', 'fallback-')))));
  if (opened === null) return null;
  results.notes.push(`Queries at ${size.toLocaleString('en')} papers ran on the library openLibrary returned in process (source: ${opened.source}, ${Math.round(opened.ms)} ms).`);
  return { library: opened.library };
}

/**
 * Opens the library (openHeld), times the queries and the anchors on it, then attributes its heap
 * to its parts.
 */
async function measureOpened(results: BenchResults, args: BenchArgs, size: number, dir: string, cacheDir: string): Promise<QuerySets | null> {
  const plan = planFor(size, args.quick);
  const holder = await openHeld(results, size, dir, cacheDir);
  if (holder === null) return null;
  const sets = makeQueries(need(holder).papers, args.seed, plan.queries);
  if (wants(args, 'queries')) {
    const { measureQueries } = await import('./measure/queries.js');
    const q = await section(results, `queries@${size}`, () => measureQueries(size, need(holder), sets, plan.queryBudgetMs));
    if (q !== null) results.queries.push(q);
  }
  if (wants(args, 'profile') && size === args.sizes.at(-1)) {
    const { measureQueryProfile } = await import('./measure/queryProfile.js');
    results.queryProfile = await section(results, `query profile@${size}`, () => measureQueryProfile(size, need(holder), sets));
  }
  if (wants(args, 'anchors')) {
    const { measureAnchors } = await import('./measure/anchors.js');
    const a = await section(results, `anchors@${size}`, () => measureAnchors(size, need(holder).papers, sets, plan.anchorBudgetMs));
    if (a !== null) results.anchors.push(a);
  }
  if (wants(args, 'memory')) {
    const { libraryMemory } = await import('./measure/libraryMemory.js');
    const m = await section(results, `library memory@${size}`, () => libraryMemory(size, holder));
    if (m !== null) results.libraryMemory.push(m);
  }
  return sets;
}

/**
 * Every in-process and start-up measurement of one corpus size. Returns the query sets drawn
 * from its papers (the end-to-end section reuses them), or null when no library was opened.
 */
export async function measureSize(results: BenchResults, args: BenchArgs, corpus: Corpus): Promise<QuerySets | null> {
  const { size, dir } = corpus;
  const plan = planFor(size, args.quick);
  const cacheRoot = makeTempDir('paperboy-bench-cache-');
  let querySets: QuerySets | null = null;
  try {
    let cacheDir = path.join(cacheRoot, 'in-process');
    if (wants(args, 'startup')) {
      const { measureStartup } = await import('./measure/startup.js');
      const start = await section(results, `startup@${size}`, () => measureStartup(size, dir, plan.startPairs, plan.childTimeoutMs, cacheRoot));
      if (start !== null) {
        results.startup.push(start);
        cacheDir = start.lastCacheDir;
        if (wants(args, 'profile') && size === args.sizes.at(-1)) {
          const { measureReopenProfile } = await import('./measure/profile.js');
          const reopen = start.lastCacheDir;
          results.reopenProfile = await section(results, `reopen profile@${size}`, () => measureReopenProfile(size, dir, reopen, plan.childTimeoutMs));
        }
      }
    }
    if (wants(args, 'build')) {
      const { measureBuild } = await import('./measure/build.js');
      const build = await section(results, `build@${size}`, () => measureBuild(size, dir, plan.buildReps));
      if (build !== null) results.builds.push(build);
      collectGarbage();
    }
    if (wants(args, 'queries') || wants(args, 'anchors') || wants(args, 'memory') || wants(args, 'profile')) querySets = await measureOpened(results, args, size, dir, cacheDir);
    if (wants(args, 'livefeed')) {
      // On its own copies of the corpus and of the start-up section's snapshot (if it ran).
      const { measureLiveFeed } = await import('./measure/liveFeed.js');
      const ready = existsSync(cacheDir) ? cacheDir : null;
      const live = await section(results, `livefeed@${size}`, () => measureLiveFeed(size, dir, ready, { days: plan.liveFeedDays, upvoteReps: plan.upvoteReps }, args.seed));
      if (live !== null) results.liveFeed.push(live);
    }
  } finally {
    removeTempDir(cacheRoot);
    collectGarbage();
  }
  return querySets;
}
