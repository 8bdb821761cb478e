import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { carryAnswering } from '../../src/answer/question/termRarity.js';
import { readFeedState, writeFeedState } from '../../src/digest/feedState.js';
import { readPreparedDigests } from '../../src/digest/loadDigests.js';
import { createParseCache } from '../../src/digest/parseCache.js';
import { extendLibrary, prepareExtension } from '../../src/search/extendLibrary.js';
import { indexInWorker } from '../../src/search/indexInWorker.js';
import { applyLiveStatsGently } from '../../src/search/liveStats.js';
import { dayFileName, mergeDayList } from '../../src/feed/mergeDayList.js';
import type { Library } from '../../src/search/library.js';
import { BENCH_NOW } from '../constants.js';
import { collectGarbage } from '../gc.js';
import { median } from '../stats.js';
import { startStallProbe } from '../stallProbe.js';
import { makeDayList, type DayListSource } from './dayList.js';

/** Papers in one day's list (Hugging Face lists about 50 a day). */
export const DAY_LIST_PAPERS = 50;

/** One refresh after a day's list was stored. */
export interface AddDayRun {
  day: string;
  /** The whole refresh as the bot does it after a poll: parse and clean the new file, extend the library, apply live numbers. */
  workMs: number;
  /** extendLibrary alone (merge, one text segment, title/name/typo indexes, re-score). */
  openMs: number;
  /** Reading, parsing and cleaning the day's file (main thread). */
  indexMs: number;
  /** applyLiveStats after the extension. */
  prepareMs: number;
  /** How the library grew: 'in memory' (one more segment), never a rebuild. */
  mode: string;
  papers: number;
  /** Longest event-loop stall in the main thread meanwhile (bench/stallProbe.ts), and perf_hooks' max. */
  stallMs: number;
  histogramMaxMs: number;
}

export interface AddDayResult {
  runs: AddDayRun[];
  medianWorkMs: number;
  medianOpenMs: number;
  medianIndexMs: number;
  maxStallMs: number;
  /** Every mode seen (should be just 'in memory'). */
  modes: string[];
  /** The snapshot catch-up after the last day, in a worker thread (off the serving path): indexer mode and time. */
  catchUp: { mode: string; ms: number } | null;
  /** prepareExtension on the starting library (the bot runs it in the background at start): time and worst stall. */
  prepared: { ms: number; stallMs: number };
}

/** The listing day of the `k`th added list: consecutive days after the corpus's latest digest, before BENCH_NOW. */
function dayOf(k: number): string {
  return new Date(Date.UTC(2025, 10, 10 + k)).toISOString().slice(0, 10);
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/**
 * `days` times, as a poll then the bot do it: a new day's list of 50 papers is stored as
 * `daily-papers-<day>-01.json` with the feed state updated (mergeDayList, untimed), then timed
 * with the stall probe running here: readPreparedDigests of the new file, extendLibrary (the new
 * papers join the serving library as one more segment, in short steps) and applyLiveStats. After
 * the last day, the snapshot catch-up the bot runs 30 s later in a worker is timed on its own.
 * First, prepareExtension (the identity maps the bot builds in the background at start) is timed
 * on its own too.
 */
export async function measureAddDay(dir: string, cacheDir: string, current: Library, source: DayListSource, days: number): Promise<{ result: AddDayResult; library: Library }> {
  const runs: AddDayRun[] = [];
  let library = current;
  const prepProbe = startStallProbe();
  const prepStarted = performance.now();
  await prepareExtension(current, pause);
  const prepared = { ms: performance.now() - prepStarted, stallMs: prepProbe.stop().maxGapMs };
  for (let k = 0; k < days; k += 1) {
    const day = dayOf(k);
    const file = dayFileName(day, 1);
    const merged = mergeDayList((await readFeedState(dir)).state, day, makeDayList(source, day, k, DAY_LIST_PAPERS), BENCH_NOW, file);
    if (merged.fresh.length !== DAY_LIST_PAPERS || merged.warnings.length > 0) throw new Error(`bench: day list ${day} kept ${merged.fresh.length} of ${DAY_LIST_PAPERS} items (${merged.warnings.join('; ')})`);
    await writeFile(path.join(dir, file), JSON.stringify(merged.fresh));
    await writeFeedState(dir, merged.state);
    collectGarbage();
    const probe = startStallProbe();
    const started = performance.now();
    const prepared = await readPreparedDigests(dir, { files: [file], cache: createParseCache(cacheDir), pause });
    const read = performance.now();
    const next = await extendLibrary(library, prepared, BENCH_NOW, pause);
    carryAnswering(library, next);
    const extended = performance.now();
    await pause();
    const live = await applyLiveStatsGently(next, merged.state.stats, BENCH_NOW, pause);
    const ended = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stall = probe.stop();
    const expected = library.papers.length + DAY_LIST_PAPERS;
    if (live.papers.length !== expected) throw new Error(`bench: after adding ${day} the library holds ${live.papers.length} papers, expected ${expected}`);
    runs.push({
      day,
      workMs: ended - started,
      openMs: extended - read,
      indexMs: read - started,
      prepareMs: ended - extended,
      mode: live.text.segments.length === library.text.segments.length + 1 ? 'in memory' : 'other',
      papers: live.papers.length,
      stallMs: stall.maxGapMs,
      histogramMaxMs: stall.histogramMaxMs,
    });
    library = live;
  }
  collectGarbage();
  const caught = await indexInWorker({ digestsDir: dir, cacheDir });
  return {
    result: {
      runs,
      medianWorkMs: median(runs.map((r) => r.workMs)),
      medianOpenMs: median(runs.map((r) => r.openMs)),
      medianIndexMs: median(runs.map((r) => r.indexMs)),
      maxStallMs: Math.max(...runs.map((r) => r.stallMs)),
      modes: [...new Set(runs.map((r) => r.mode))],
      catchUp: { mode: caught.mode, ms: caught.ms },
      prepared,
    },
    library,
  };
}
