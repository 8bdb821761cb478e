import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runChildJson } from '../runChild.js';
import { median } from '../stats.js';

/** What one fresh process reported after opening the library (see bench/measureStart.ts). */
export interface StartRun {
  papers: number;
  source: string;
  /** Other numbers openLibrary reported (e.g. indexMs), by name. */
  reported: Record<string, number>;
  openMs: number;
  readyMs: number;
  /** Until the title index had loaded in the background too. */
  warmMs: number;
  stallMs: number;
  histogramMaxMs: number;
  heapUsed: number;
  /** Memory outside the JS heap owned by JS objects (ArrayBuffers, Buffers). */
  external: number;
  rss: number;
  peakRss: number;
}

/** Medians over pairs of fresh processes: the first opens with an empty cache, the second reopens. */
export interface StartResult {
  size: number;
  pairs: number;
  first: StartRun[];
  second: StartRun[];
  /** Medians of each field, for the first (build and save) and second (reload) opening. */
  cold: StartRun;
  warm: StartRun;
  /** The cache folder of the last pair, holding whatever openLibrary saved (reused for in-process queries). */
  lastCacheDir: string;
}

function parseRun(value: unknown): StartRun {
  const v = value as Partial<Record<keyof StartRun, unknown>>;
  const num = (x: unknown, name: string): number => {
    if (typeof x !== 'number') throw new Error(`bench: measureStart printed no number for ${name}`);
    return x;
  };
  const reported: Record<string, number> = {};
  if (typeof v.reported === 'object' && v.reported !== null) {
    for (const [key, value] of Object.entries(v.reported)) if (typeof value === 'number' && key !== 'ms') reported[key] = value;
  }
  return {
    papers: num(v.papers, 'papers'),
    source: typeof v.source === 'string' ? v.source : '?',
    reported,
    openMs: num(v.openMs, 'openMs'),
    readyMs: num(v.readyMs, 'readyMs'),
    warmMs: num(v.warmMs, 'warmMs'),
    stallMs: num(v.stallMs, 'stallMs'),
    histogramMaxMs: num(v.histogramMaxMs, 'histogramMaxMs'),
    heapUsed: num(v.heapUsed, 'heapUsed'),
    external: num(v.external, 'external'),
    rss: num(v.rss, 'rss'),
    peakRss: num(v.peakRss, 'peakRss'),
  };
}

function medianRun(runs: readonly StartRun[]): StartRun {
  const m = (pick: (r: StartRun) => number): number => median(runs.map(pick));
  const sources = [...new Set(runs.map((r) => r.source))].join('/');
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.reported)))];
  return {
    papers: m((r) => r.papers),
    source: sources,
    reported: Object.fromEntries(keys.map((k) => [k, m((r) => r.reported[k] ?? Number.NaN)])),
    openMs: m((r) => r.openMs),
    readyMs: m((r) => r.readyMs),
    warmMs: m((r) => r.warmMs),
    stallMs: m((r) => r.stallMs),
    histogramMaxMs: m((r) => r.histogramMaxMs),
    heapUsed: m((r) => r.heapUsed),
    external: m((r) => r.external),
    rss: m((r) => r.rss),
    peakRss: m((r) => r.peakRss),
  };
}

/**
 * `pairs` times, with a fresh INDEX_CACHE_DIR under `cacheRoot` each: one child opens the corpus
 * (builds, and saves a snapshot if openLibrary does), then a second child opens it again from the
 * same cache. The caller removes `cacheRoot`.
 */
export async function measureStartup(size: number, dir: string, pairs: number, timeoutMs: number, cacheRoot: string): Promise<StartResult> {
  const first: StartRun[] = [];
  const second: StartRun[] = [];
  let lastCacheDir = '';
  for (let pair = 0; pair < pairs; pair += 1) {
    lastCacheDir = path.join(cacheRoot, `pair${pair}`);
    mkdirSync(lastCacheDir, { recursive: true });
    first.push(parseRun(await runChildJson('bench/measureStart.ts', [dir, lastCacheDir], { timeoutMs })));
    second.push(parseRun(await runChildJson('bench/measureStart.ts', [dir, lastCacheDir], { timeoutMs })));
  }
  for (const run of [...first, ...second]) if (run.papers !== size) throw new Error(`bench: a start-up child saw ${run.papers} papers, expected ${size}`);
  return { size, pairs, first, second, cold: medianRun(first), warm: medianRun(second), lastCacheDir };
}
