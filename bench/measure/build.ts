import { loadDigests } from '../../src/digest/loadDigests.js';
import { buildLibrary, type Library } from '../../src/search/library.js';
import { BENCH_NOW } from '../constants.js';
import { collectGarbage } from '../gc.js';
import { median } from '../stats.js';

/** In-process load and build times over repeated runs (medians are what the report shows). */
export interface BuildResult {
  size: number;
  reps: number;
  loadMs: number[];
  buildMs: number[];
  medianLoadMs: number;
  medianBuildMs: number;
  papers: number;
}

/** `reps` times: loadDigests (read, parse, clean, merge) then buildLibrary over that catalogue. */
export async function measureBuild(size: number, dir: string, reps: number): Promise<BuildResult> {
  const loadMs: number[] = [];
  const buildMs: number[] = [];
  let papers = 0;
  for (let rep = 0; rep < reps; rep += 1) {
    collectGarbage();
    let started = performance.now();
    const catalogue = await loadDigests(dir);
    loadMs.push(performance.now() - started);
    papers = catalogue.papers.length;
    if (papers !== size) throw new Error(`bench: ${dir} loaded ${papers} papers, expected ${size}`);
    started = performance.now();
    const library: Library = buildLibrary(catalogue, BENCH_NOW);
    buildMs.push(performance.now() - started);
    if (library.papers.length !== size) throw new Error(`bench: library holds ${library.papers.length} papers, expected ${size}`);
  }
  return { size, reps, loadMs, buildMs, medianLoadMs: median(loadMs), medianBuildMs: median(buildMs), papers };
}
