import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runChildJson } from '../runChild.js';
import { makeTempDir, removeTempDir } from '../tempDirs.js';
import { hotFunctions, type HotFunction } from './cpuProfile.js';

/** A CPU profile of loading and building one corpus in a fresh process. */
export interface ProfileResult {
  size: number;
  loadMs: number;
  buildMs: number;
  profiledMs: number;
  bySelf: HotFunction[];
  byTotal: HotFunction[];
}

/** The main thread's profile (CPU.<date>.<time>.<pid>.0.<n>.cpuprofile); workers write their own. */
function mainThreadProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  return files.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f)) ?? files[0];
}

/** A CPU profile of reopening a library from its snapshot, as a restarted bot does. */
export interface ReopenProfile {
  size: number;
  source: string;
  openMs: number;
  stallMs: number;
  profiledMs: number;
  bySelf: HotFunction[];
  byTotal: HotFunction[];
}

/** Runs bench/measureStart.ts on a cache that already holds a snapshot, under --cpu-prof (main thread). */
export async function measureReopenProfile(size: number, dir: string, cacheDir: string, timeoutMs: number): Promise<ReopenProfile> {
  const out = makeTempDir('paperboy-bench-prof-');
  try {
    const printed = (await runChildJson('bench/measureStart.ts', [dir, cacheDir], {
      timeoutMs,
      nodeArgs: ['--expose-gc', '--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=500'],
    })) as { source?: unknown; openMs?: unknown; stallMs?: unknown };
    const file = mainThreadProfile(out);
    if (file === undefined) throw new Error('bench: the profiled child wrote no .cpuprofile');
    const hot = hotFunctions(JSON.parse(readFileSync(path.join(out, file), 'utf8')), 20);
    return { size, source: String(printed.source), openMs: Number(printed.openMs), stallMs: Number(printed.stallMs), profiledMs: hot.totalMs, bySelf: hot.bySelf, byTotal: hot.byTotal };
  } finally {
    removeTempDir(out);
  }
}

/** Runs bench/profileBuild.ts under --cpu-prof and summarizes where the time went. */
export async function measureProfile(size: number, dir: string, timeoutMs: number): Promise<ProfileResult> {
  const out = makeTempDir('paperboy-bench-prof-');
  try {
    const printed = (await runChildJson('bench/profileBuild.ts', [dir], {
      timeoutMs,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=1000'],
    })) as { loadMs?: unknown; buildMs?: unknown };
    const file = mainThreadProfile(out);
    if (file === undefined) throw new Error('bench: the profiled child wrote no .cpuprofile');
    const hot = hotFunctions(JSON.parse(readFileSync(path.join(out, file), 'utf8')));
    return { size, loadMs: Number(printed.loadMs), buildMs: Number(printed.buildMs), profiledMs: hot.totalMs, bySelf: hot.bySelf, byTotal: hot.byTotal };
  } finally {
    removeTempDir(out);
  }
}
