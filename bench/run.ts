import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDigests } from '../src/digest/loadDigests.js';
import { stopAllBots, REPO_ROOT } from '../support/spawnBot.js';
import { parseArgs, wants, type BenchArgs } from './args.js';
import { GLOBAL_RATE_LIMIT } from './constants.js';
import { describeCode, describeMachine } from './machine.js';
import { e2ePlan, planFor } from './plan.js';
import { makeQueries, type QuerySets } from './queries/makeQueries.js';
import { relaunchWithFlags } from './relaunch.js';
import { renderReport } from './report.js';
import type { BenchResults } from './results.js';
import { killChildren } from './runChild.js';
import { measureSize, prepareCorpus } from './runSize.js';
import { section } from './section.js';
import { removeAllTempDirs } from './tempDirs.js';

// `npm run bench [-- --quick | --sizes 1000,10000 | --only queries,e2e | --profile]`: measures how
// paperboy's cost grows with the number of papers and writes bench/RESULTS.md (see that file's end).

const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'RESULTS.md');
const SHIPPED_SIZE = 351;

function writeResults(results: BenchResults): string {
  const report = renderReport(results);
  writeFileSync(RESULTS_FILE, report);
  return report;
}

/** Query sets for a size whose library was not opened in this run (e.g. `--only e2e`). */
async function querySetsFor(dir: string, args: BenchArgs, size: number): Promise<QuerySets> {
  const catalogue = await loadDigests(dir);
  return makeQueries(catalogue.papers, args.seed, planFor(size, args.quick).queries);
}

async function main(args: BenchArgs, results: BenchResults): Promise<void> {
  const querySets = new Map<number, QuerySets>();
  const corpusDirs = new Map<number, string>();
  const needed = [...new Set([...args.sizes, ...(wants(args, 'e2e') ? args.e2eSizes : []), ...(wants(args, 'fanout') ? [SHIPPED_SIZE] : [])])].sort((a, b) => a - b);
  for (const size of needed) {
    const corpus = await prepareCorpus(results, size, args.seed);
    if (corpus === null) continue;
    corpusDirs.set(size, corpus.dir);
    if (!args.sizes.includes(size)) continue;
    const sets = await measureSize(results, args, corpus);
    if (sets !== null && args.e2eSizes.includes(size)) querySets.set(size, sets);
    writeResults(results);
  }
  if (wants(args, 'e2e')) {
    const { measureE2e } = await import('./measure/e2e.js');
    for (const size of args.e2eSizes) {
      const dir = corpusDirs.get(size);
      if (dir === undefined) continue;
      const e2e = await section(results, `e2e@${size}`, async () => measureE2e(size, dir, querySets.get(size) ?? (await querySetsFor(dir, args, size)), e2ePlan(size, args.quick)));
      if (e2e !== null) results.e2e.push(e2e);
      writeResults(results);
    }
  }
  const shipped = corpusDirs.get(SHIPPED_SIZE);
  if (wants(args, 'fanout') && shipped !== undefined) {
    const { measureFanOut } = await import('./measure/fanOut.js');
    results.fanOut = await section(results, `fanout@${args.fanOutChannels}`, () =>
      measureFanOut(shipped, SHIPPED_SIZE, { channels: args.fanOutChannels, rateLimit: GLOBAL_RATE_LIMIT, readyTimeoutMs: 120_000 }),
    );
    writeResults(results);
  }
  const largest = args.sizes.at(-1);
  const largestDir = largest === undefined ? undefined : corpusDirs.get(largest);
  if (wants(args, 'multifanout') && largest !== undefined && largestDir !== undefined) {
    const { measureMultiFanOut } = await import('./measure/fanOutProcesses.js');
    results.multiFanOut = await section(results, `multifanout@${args.multiFanOutChannels}x3`, () =>
      measureMultiFanOut(largestDir, largest, { processes: 3, channels: args.multiFanOutChannels, rateLimit: GLOBAL_RATE_LIMIT, readyTimeoutMs: 300_000 }),
    );
    writeResults(results);
  }
  if (wants(args, 'profile') && largest !== undefined && largestDir !== undefined) {
    const { measureProfile } = await import('./measure/profile.js');
    results.profile = await section(results, `profile@${largest}`, () => measureProfile(largest, largestDir, planFor(largest, args.quick).childTimeoutMs * 2));
  }
}

if (!relaunchWithFlags('bench/run.ts')) {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const results: BenchResults = {
    startedAt: new Date(),
    finishedAt: null,
    mode: args.quick ? 'quick' : args.only === null ? 'full' : `only ${[...args.only].join(', ')}`,
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    machine: describeMachine(),
    code: describeCode(REPO_ROOT),
    seed: args.seed,
    sizes: args.sizes,
    corpora: [],
    startup: [],
    builds: [],
    libraryMemory: [],
    queries: [],
    anchors: [],
    e2e: [],
    fanOut: null,
    multiFanOut: null,
    liveFeed: [],
    profile: null,
    queryProfile: null,
    reopenProfile: null,
    sections: [],
    notes: [],
  };
  process.on('exit', () => {
    killChildren();
    removeAllTempDirs();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      killChildren();
      results.notes.push(`Interrupted by ${signal}; the tables hold what finished before.`);
      writeResults(results);
      void stopAllBots().finally(() => process.exit(130));
    });
  }
  try {
    await main(args, results);
  } finally {
    await stopAllBots();
    killChildren();
  }
  results.finishedAt = new Date();
  const codeAtEnd = describeCode(REPO_ROOT);
  if (codeAtEnd !== results.code) {
    results.notes.push(`The code changed during the run (start: ${results.code}; end: ${codeAtEnd}): numbers measured after the change (child processes and bots load src/ afresh) may not match the ones before, and a snapshot written by one version may be rebuilt by the next.`);
  }
  process.stdout.write(`\n${writeResults(results)}`);
  process.stdout.write(`\nbench: wrote ${path.relative(REPO_ROOT, RESULTS_FILE)}\n`);
  process.exit(results.sections.some((s) => s.status === 'failed') ? 1 : 0);
}
