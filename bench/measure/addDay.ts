import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prepareAnswering } from '../../src/answer/termRarity.js';
import { digestSignature } from '../../src/digest/digestSignature.js';
import { readFeedState, writeFeedState } from '../../src/digest/feedState.js';
import { dayFileName, mergeDayList } from '../../src/feed/mergeDayList.js';
import { silentLogger } from '../../src/logger.js';
import type { Library } from '../../src/search/library.js';
import { openLibrary } from '../../src/search/openLibrary.js';
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
  /** The whole refresh as the bot's library refresher does it: folder signature + openLibrary + prepareAnswering. */
  workMs: number;
  /** openLibrary alone, and the indexer's share of it (worker: parse the new file, extend the snapshot, write it). */
  openMs: number;
  indexMs: number;
  prepareMs: number;
  /** What the indexer did: 'incremental' (the new file became one more segment) or 'full' (a rebuild). */
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
  /** Every mode seen (should be just 'incremental'). */
  modes: string[];
}

/** The listing day of the `k`th added list: consecutive days after the corpus's latest digest, before BENCH_NOW. */
function dayOf(k: number): string {
  return new Date(Date.UTC(2025, 10, 10 + k)).toISOString().slice(0, 10);
}

/**
 * `days` times, as a poll then the bot's library refresher do it: a new day's list of 50 papers is
 * stored as `daily-papers-<day>-01.json` with the feed state updated (mergeDayList, untimed), then
 * timed with the stall probe running here: digestSignature, `openLibrary({ worker: true, gentle:
 * true })` (indexer in a worker, gentle load of the new snapshot, live numbers applied) and
 * prepareAnswering. The library the bot serves meanwhile (`current`) stays referenced, as in the
 * bot; the returned library is the last one opened.
 */
export async function measureAddDay(dir: string, cacheDir: string, current: Library, source: DayListSource, days: number): Promise<{ result: AddDayResult; library: Library }> {
  const runs: AddDayRun[] = [];
  let library = current;
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
    await digestSignature(dir);
    const opened = await openLibrary({ digestsDir: dir, cacheDir, now: BENCH_NOW, logger: silentLogger, worker: true, gentle: true });
    const beforePrepare = performance.now();
    prepareAnswering(opened.library);
    const ended = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stall = probe.stop();
    const expected = library.papers.length + DAY_LIST_PAPERS;
    if (opened.library.papers.length !== expected) throw new Error(`bench: after adding ${day} the library holds ${opened.library.papers.length} papers, expected ${expected}`);
    runs.push({
      day,
      workMs: ended - started,
      openMs: opened.ms,
      indexMs: opened.indexMs,
      prepareMs: ended - beforePrepare,
      mode: opened.source,
      papers: opened.library.papers.length,
      stallMs: stall.maxGapMs,
      histogramMaxMs: stall.histogramMaxMs,
    });
    library = opened.library;
  }
  return {
    result: {
      runs,
      medianWorkMs: median(runs.map((r) => r.workMs)),
      medianOpenMs: median(runs.map((r) => r.openMs)),
      medianIndexMs: median(runs.map((r) => r.indexMs)),
      maxStallMs: Math.max(...runs.map((r) => r.stallMs)),
      modes: [...new Set(runs.map((r) => r.mode))],
    },
    library,
  };
}
