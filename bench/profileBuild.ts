import { loadDigests } from '../src/digest/loadDigests.js';
import { buildLibrary } from '../src/search/library.js';
import { BENCH_NOW } from './constants.js';

// Child process run under --cpu-prof: loads and builds one corpus, nothing else, and prints its times.
const [dir] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('usage: node --cpu-prof --import tsx bench/profileBuild.ts <digestsDir>\n');
  process.exit(2);
}
const started = performance.now();
const catalogue = await loadDigests(dir);
const loadMs = performance.now() - started;
const library = buildLibrary(catalogue, BENCH_NOW);
process.stdout.write(`${JSON.stringify({ papers: library.papers.length, loadMs, buildMs: performance.now() - started - loadMs })}\n`);
