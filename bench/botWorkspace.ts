import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BotWorkspace } from '../support/botEnv.js';
import { makeTempDir, removeTempDir } from './tempDirs.js';

/** A scratch folder (database, index cache) for a bot reading `digestsDir` in place; never writes there. */
export function benchWorkspace(digestsDir: string): BotWorkspace {
  const dir = makeTempDir('paperboy-bench-');
  return {
    dir,
    digestsDir,
    databasePath: path.join(dir, 'paperboy.db'),
    cacheDir: path.join(dir, 'cache'),
    addDigest: () => {
      throw new Error('bench: the benchmark never adds digests to a corpus');
    },
    cleanup: () => removeTempDir(dir),
  };
}

/** A process's current and peak resident set size from /proc (null where /proc is missing). */
export function processMemory(pid: number | undefined): { rss: number; peakRss: number } | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
  } catch {
    return null;
  }
}
