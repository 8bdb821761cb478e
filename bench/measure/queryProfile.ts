import { Session } from 'node:inspector/promises';
import type { Library } from '../../src/search/library.js';
import { lookup } from '../../src/search/lookup.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import type { QuerySets } from '../queries/makeQueries.js';
import { hotFunctions, type HotFunction } from './cpuProfile.js';

/** Where query time goes: a CPU profile of each query path, taken in this process. */
export interface QueryProfile {
  size: number;
  paths: { name: string; totalMs: number; bySelf: HotFunction[]; byTotal: HotFunction[] }[];
}

async function profile(session: Session, run: () => void): Promise<unknown> {
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  run();
  const { profile: result } = await session.post('Profiler.stop');
  return result;
}

/** Profiles lookup and searchPapers over the query sets (the paths that miss their targets first). */
export async function measureQueryProfile(size: number, library: Library, queries: QuerySets): Promise<QueryProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    const paths: QueryProfile['paths'] = [];
    const runs: [string, () => void][] = [
      ['lookup', () => queries.lookup.forEach((q) => lookup(library, q.text))],
      ['searchPapers', () => queries.topics.forEach((t) => searchPapers(library, t, { limit: 25 }))],
    ];
    for (const [name, run] of runs) {
      // The harness's own frames and the inspector's (the profile is taken from inside) are hidden.
      const hot = hotFunctions(await profile(session, run), 15, (f) => f.where.startsWith('bench/') || f.where.startsWith('node:') || (f.where === '(native)' && f.name === 'dispatch'));
      paths.push({ name, totalMs: hot.totalMs, bySelf: hot.bySelf, byTotal: hot.byTotal });
    }
    await session.post('Profiler.disable');
    return { size, paths };
  } finally {
    session.disconnect();
  }
}
