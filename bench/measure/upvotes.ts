import type { LiveStat } from '../../src/digest/feedState.js';
import { rescored, type Library } from '../../src/search/library.js';
import { applyLiveStats, type LiveStats } from '../../src/search/liveStats.js';
import { BENCH_NOW } from '../constants.js';
import { collectGarbage } from '../gc.js';
import { createRng, type Rng } from '../prng.js';
import { median } from '../stats.js';

/** applyLiveStats over the whole catalogue, every paper having an entry. */
export interface UpvoteResult {
  papers: number;
  /** Papers that had no arXiv id (text digests) and were given a fake one by the bench. */
  idsGiven: number;
  runsMs: number[];
  medianMs: number;
  /** The re-score alone (rescored), median: the rest of applyLiveStats is the pass over the catalogue. */
  medianRescoreMs: number;
}

/** A fake arXiv id for the `i`th paper of the catalogue (1xxx.nnnnn: never a corpus or day-list id). */
function catalogueId(i: number): string {
  return `1${String(Math.floor(i / 90_000)).padStart(3, '0')}.${10_000 + (i % 90_000)}`;
}

function statsFor(library: Library, rng: Rng): LiveStats {
  const stats: Record<string, LiveStat> = {};
  for (const paper of library.papers) {
    if (paper.arxivId === null) continue;
    const repo = rng.chance(0.33);
    stats[paper.arxivId] = {
      upvotes: rng.int(0, 500),
      comments: rng.int(0, 30),
      githubRepo: repo ? `https://github.com/bench-lab/${paper.arxivId}` : null,
      githubStars: repo ? rng.int(0, 5000) : null,
      projectPage: null,
      tldr: null,
      withdrawnAt: null,
    };
  }
  return stats;
}

/**
 * Times `applyLiveStats(library, stats, now)` with a stats entry for every paper, as the bot runs
 * it after each poll (median of `reps`, after one warm-up; two stats maps alternate, so every run
 * really changes the numbers). Papers from text digests have no arXiv id, so the live numbers could
 * not reach them: each is given a fake one first (mutating this library's papers — the bench's
 * last use of it), so the pass finds and copies an entry for every paper.
 */
export function measureUpvoteRefresh(library: Library, seed: number, reps: number): UpvoteResult {
  let idsGiven = 0;
  library.papers.forEach((paper, i) => {
    if (paper.arxivId !== null) return;
    paper.arxivId = catalogueId(i);
    idsGiven += 1;
  });
  if (new Set(library.papers.map((p) => p.arxivId)).size !== library.papers.length) throw new Error('bench: arXiv ids in the catalogue are not distinct');
  const rng = createRng(seed ^ 0x7a11);
  const maps = [statsFor(library, rng), statsFor(library, rng)] as const;
  applyLiveStats(library, maps[1], BENCH_NOW);
  const runsMs: number[] = [];
  const rescoreMs: number[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const stats = maps[rep % 2] ?? maps[0];
    collectGarbage();
    let started = performance.now();
    const refreshed = applyLiveStats(library, stats, BENCH_NOW);
    runsMs.push(performance.now() - started);
    const missed = refreshed.papers.filter((p) => p.upvotes !== stats[p.arxivId ?? '']?.upvotes).length;
    if (missed > 0) throw new Error(`bench: ${missed} papers did not get their upvotes`);
    started = performance.now();
    rescored(library, BENCH_NOW);
    rescoreMs.push(performance.now() - started);
  }
  return { papers: library.papers.length, idsGiven, runsMs, medianMs: median(runsMs), medianRescoreMs: median(rescoreMs) };
}
