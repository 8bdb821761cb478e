import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChildJson } from '../runChild.js';
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

/** Runs bench/profileBuild.ts under --cpu-prof and summarizes where the time went. */
export async function measureProfile(size: number, dir: string, timeoutMs: number): Promise<ProfileResult> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'paperboy-bench-prof-'));
  try {
    const printed = (await runChildJson('bench/profileBuild.ts', [dir], {
      timeoutMs,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=1000'],
    })) as { loadMs?: unknown; buildMs?: unknown };
    const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error('bench: the profiled child wrote no .cpuprofile');
    const hot = hotFunctions(JSON.parse(readFileSync(path.join(out, file), 'utf8')));
    return { size, loadMs: Number(printed.loadMs), buildMs: Number(printed.buildMs), profiledMs: hot.totalMs, bySelf: hot.bySelf, byTotal: hot.byTotal };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
