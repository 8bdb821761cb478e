import { silentLogger } from '../src/logger.js';
import { openLibrary } from '../src/search/openLibrary.js';
import { collectGarbage } from './gc.js';
import { BENCH_NOW } from './constants.js';
import { startStallProbe } from './stallProbe.js';

// Child process: `tsx bench/measureStart.ts <digestsDir> <cacheDir>` opens the library once, the way
// the bot starts, and prints one JSON line: time to ready, where the index came from, the longest
// event-loop stall meanwhile, and memory after start — in a process that did nothing else.
const [digestsDir, cacheDir] = process.argv.slice(2);
if (digestsDir === undefined || cacheDir === undefined) {
  process.stderr.write('usage: tsx bench/measureStart.ts <digestsDir> <cacheDir>\n');
  process.exit(2);
}
const probe = startStallProbe();
const started = performance.now();
// As the bot opens it: indexing in a worker; the library answers as soon as it is returned, and
// the title index (typo matching for /paper) finishes loading in the background — the probe keeps
// watching until then, so a stall during that warm-up counts too.
const opened = await openLibrary({ digestsDir, cacheDir, now: BENCH_NOW, logger: silentLogger, worker: true, titleSearchLater: true });
const readyMs = performance.now() - started;
await opened.warmed;
const warmMs = performance.now() - started;
await new Promise((resolve) => setTimeout(resolve, 20));
const stall = probe.stop();
const peakRssBeforeGc = process.resourceUsage().maxRSS * 1024;
collectGarbage();
const memory = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    papers: opened.library.papers.length,
    // Every plain field openLibrary reports (source, ms, indexMs, …), whatever it grows.
    reported: Object.fromEntries(Object.entries(opened).filter(([, value]) => typeof value !== 'object')),
    source: opened.source,
    openMs: opened.ms,
    readyMs,
    warmMs,
    stallMs: stall.maxGapMs,
    histogramMaxMs: stall.histogramMaxMs,
    heapUsed: memory.heapUsed,
    external: memory.external,
    rss: memory.rss,
    peakRss: peakRssBeforeGc,
  })}\n`,
);
