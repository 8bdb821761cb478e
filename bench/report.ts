import { bytes, ms, table, triple } from './format.js';
import type { E2eResult } from './measure/e2e.js';
import type { Timed } from './measure/timeCalls.js';
import type { BenchResults } from './results.js';
import { median } from './stats.js';
import { checkTargets } from './targets.js';

const n = (size: number): string => size.toLocaleString('en');
const count = (t: Timed | undefined): string => (t === undefined ? '–' : `${t.n}${t.n < t.planned ? ` of ${t.planned}` : ''}${t.errors > 0 ? `, ${t.errors} err` : ''}`);
const cell = (t: Timed | undefined): string => (t === undefined ? '–' : `${triple(t)}${t.n < t.planned ? ` (${t.n} of ${t.planned})` : ''}`);

function header(r: BenchResults): string {
  const m = r.machine;
  const took = r.finishedAt === null ? '' : ` (run took ${ms(r.finishedAt.getTime() - r.startedAt.getTime())})`;
  return [
    '# paperboy benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts) and rewritten on every run. Latencies are p50 / p95 / p99.',
    '',
    `- Date: ${r.startedAt.toISOString()}${took}`,
    `- Mode: ${r.mode} — \`${r.command}\``,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${bytes(m.ramBytes)} RAM, ${m.platform}`,
    `- Node ${m.node}; seed ${r.seed}; sizes ${r.sizes.map(n).join(', ')}`,
    `- Code: ${r.code}`,
  ].join('\n');
}

function corpora(r: BenchResults): string {
  return table(
    ['papers', 'digest files', 'size on disk', 'corpus'],
    r.corpora.map((c) => [n(c.size), String(c.files), `${c.megabytes.toFixed(1)} MB`, c.generated ? `generated in ${ms(c.generateMs)}` : 'cached']),
  );
}

/** The source openLibrary reported, and its other numbers (indexMs → "index 12.1 s"). */
function opened(run: { source: string; reported: Record<string, number> }): string {
  const extra = Object.entries(run.reported).filter(([, v]) => v !== 0).map(([k, v]) => `${k.replace(/Ms$/, '')} ${k.endsWith('Ms') ? ms(v) : String(v)}`);
  return [run.source, ...extra].join(', ');
}

function startup(r: BenchResults): string {
  const rows = r.sizes.map((size) => {
    const b = r.builds.find((x) => x.size === size);
    const s = r.startup.find((x) => x.size === size);
    return [
      n(size),
      b === undefined ? '–' : `${ms(b.medianLoadMs)} (×${b.reps})`,
      b === undefined ? '–' : `${ms(b.medianBuildMs)} (×${b.reps})`,
      s === undefined ? '–' : `${ms(s.cold.openMs)} (${opened(s.cold)})`,
      s === undefined ? '–' : `${ms(s.warm.openMs)} (${opened(s.warm)})`,
      s === undefined ? '–' : `${ms(s.warm.readyMs)} (×${s.pairs}; title index warm at ${ms(s.warm.warmMs)})`,
      s === undefined ? '–' : `${bytes(s.cold.heapUsed)} + ${bytes(s.cold.external)} / ${bytes(s.warm.heapUsed)} + ${bytes(s.warm.external)}`,
      s === undefined ? '–' : `${bytes(s.cold.rss)} / ${bytes(s.warm.rss)}`,
      s === undefined ? '–' : `${bytes(s.cold.peakRss)} / ${bytes(s.warm.peakRss)}`,
      s === undefined ? '–' : `${ms(s.cold.stallMs)} / ${ms(s.warm.stallMs)}`,
    ];
  });
  return table(['papers', 'load (loadDigests)', 'build (buildLibrary)', 'open #1: build+save', 'open #2: reopen', 'ready on restart', 'heap + external after start #1 / #2', 'RSS after start #1 / #2', 'peak RSS #1 / #2', 'max stall #1 / #2'], rows);
}

function queries(r: BenchResults): string {
  const summary = table(
    ['papers', 'lookup (/paper)', 'searchPapers (/search)', 'suggest (autocomplete)', 'answerQuestion (/ask)'],
    r.queries.map((q) => [n(q.size), cell(q.series.lookup), cell(q.series.search), cell(q.series.suggest), q.askMissing === null ? cell(q.series.ask) : 'not measured']),
  );
  const names = ['lookup:title', 'lookup:typo', 'lookup:name', 'search', 'suggest', 'ask:what', 'ask:faster', 'ask:which'];
  const detail = table(
    ['series', ...r.queries.map((q) => `${n(q.size)}: p50 / p95 / p99 (max; n)`)],
    names.map((name) => [name, ...r.queries.map((q) => (q.series[name] === undefined ? '–' : `${triple(q.series[name])} (${ms(q.series[name]?.max)}; ${count(q.series[name])})`))]),
  );
  return `${summary}\n\nBy query kind:\n\n${detail}`;
}

function memory(r: BenchResults): string {
  if (r.libraryMemory.length === 0) return 'Not measured.';
  const keys = [...new Set(r.libraryMemory.flatMap((m) => m.parts.map((p) => p.key)))];
  return table(
    ['library part', ...r.libraryMemory.map((m) => `${n(m.size)} papers`)],
    [...keys.map((key) => [key, ...r.libraryMemory.map((m) => bytes(m.parts.find((p) => p.key === key)?.bytes))]), ['**total**', ...r.libraryMemory.map((m) => bytes(m.total))]],
  );
}

function anchors(r: BenchResults): string {
  return table(
    ['papers', 'minisearch default: build', 'memory held', 'topics: minisearch', 'topics: paperboy searchPapers', 'prefixes: minisearch prefix search', 'prefixes: minisearch autoSuggest', 'prefixes: linear title scan (floor)', 'prefixes: paperboy suggest'],
    r.anchors.map((a) => {
      const q = r.queries.find((x) => x.size === a.size)?.series;
      return [n(a.size), ms(a.minisearchBuildMs), bytes(a.minisearchHeap), cell(a.minisearchTopic), cell(q?.search), cell(a.minisearchPrefix), cell(a.minisearchAutoSuggest), cell(a.linearScan), cell(q?.suggest)];
    }),
  );
}

function e2e(r: BenchResults): string {
  const rows = r.e2e.flatMap((e) =>
    (['paper', 'search', 'autocomplete'] as const).map((kind) => {
      const k = e.kinds[kind];
      return [n(e.size), kind === 'autocomplete' ? 'autocomplete /paper query' : `/${kind}`, `${triple(k.sequential)} (${count(k.sequential)})`, `${triple(k.burst)}, max ${ms(k.burst.max)} (${count(k.burst)})`];
    }),
  );
  const latency = table(['papers', 'interaction', 'sequential: dispatch → first callback', 'burst of 20 concurrent'], rows);
  const start = (s: E2eResult['first'] | null): string[] => (s === null ? ['–', '–'] : [`${ms(s.readyMs)} (${s.library})`, `${bytes(s.rss)} (peak ${bytes(s.peakRss)})`]);
  const starts = table(
    ['papers', 'first start: spawn → ready (library)', 'RSS after the interactions (peak)', 'restart: spawn → ready (library)', 'RSS after a few interactions (peak)'],
    r.e2e.map((e) => [n(e.size), ...start(e.first), ...start(e.restart)]),
  );
  return `${latency}\n\nThe bot process (first start on an empty INDEX_CACHE_DIR, then a restart on the cache it left; library = what it logged as "catalogue loaded", ms):\n\n${starts}`;
}

function fanOut(r: BenchResults): string {
  const f = r.fanOut;
  if (f === null) return 'Not measured.';
  return table(
    ['channels', 'global limit', 'floor', 'first → last digest POST', 'ratio to floor', 'lost', 'duplicated', '429s on digest POSTs', '429s served (all)', 'digest POSTs (incl. retries)', 'corpus'],
    [[String(f.channels), `${f.rateLimit}/s`, ms(f.floorMs), ms(f.spanMs), `${f.ratio.toFixed(2)}×`, String(f.lost), String(f.duplicated), String(f.digest429), String(f.served429), String(f.posts), `${n(f.corpusSize)} papers`]],
  );
}

function multiFanOut(r: BenchResults): string {
  const f = r.multiFanOut;
  if (f === null) return 'Not measured.';
  return table(
    ['processes', 'channels (servers)', 'global limit', 'floor', 'first → last digest POST', 'ratio to floor', 'lost', 'duplicated', '429s on digest POSTs', 'delivered per process', `RSS per process after it (peak), ${n(f.corpusSize)} papers`],
    [[String(f.processes), `${n(f.channels)} (${f.guilds})`, `${f.rateLimit}/s`, ms(f.floorMs), ms(f.spanMs), `${f.ratio.toFixed(2)}×`, String(f.lost), String(f.duplicated), String(f.digest429), f.perProcess.join(' / '), f.memory.map((m) => `${bytes(m.rss)} (${bytes(m.peakRss)})`).join(' / ')]],
  );
}

function liveFeed(r: BenchResults): string {
  if (r.liveFeed.length === 0) return 'Not measured.';
  const add = table(
    ['papers', 'add a day (50 papers): work on the serving path', 'of which parse + clean / extendLibrary / applyLiveStats', 'how', 'max stall (worst day)', 'days added', 'snapshot catch-up afterwards (worker, off the serving path)', 'prepared at start (background; max stall)', 'starting snapshot'],
    r.liveFeed.map((l) => {
      const a = l.addDay;
      const work = a.runs.map((x) => ms(x.workMs)).join(', ');
      const parts = `${ms(a.medianIndexMs)} / ${ms(a.medianOpenMs)} / ${ms(median(a.runs.map((x) => x.prepareMs)))}`;
      const catchUp = a.catchUp === null ? '—' : `${ms(a.catchUp.ms)} (${a.catchUp.mode})`;
      return [n(l.size), `${ms(a.medianWorkMs)} (median of ${work})`, parts, a.modes.join('/'), `${ms(a.maxStallMs)} (${a.runs.map((x) => ms(x.stallMs)).join(', ')})`, String(a.runs.length), catchUp, `${ms(a.prepared.ms)} (${ms(a.prepared.stallMs)})`, l.baseline];
    }),
  );
  const up = table(
    ['papers', 'upvote refresh (applyLiveStats, every paper)', 'of which re-score', 'runs', 'papers given a fake arXiv id'],
    r.liveFeed.map((l) => [n(l.upvotes.papers), ms(l.upvotes.medianMs), ms(l.upvotes.medianRescoreMs), l.upvotes.runsMs.map(ms).join(', '), n(l.upvotes.idsGiven)]),
  );
  return `Adding a day's list of 50 papers to the library (as the bot does after a poll: in memory, one more index segment; the snapshot on disk catches up later in a worker):\n\n${add}\n\nRefreshing live numbers (upvotes, comments, stars) for every paper of the catalogue after the days were added:\n\n${up}`;
}

function targets(r: BenchResults): string {
  return table(['target', 'measured', 'verdict'], checkTargets(r).map((t) => [t.target, t.measured, t.met === true ? '✅ met' : t.met === false ? `❌ ${t.verdict}` : `– ${t.verdict}`]));
}

interface Hotspot {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

/** The first `count` functions of a CPU profile as a table. */
function hotspots(list: readonly Hotspot[], count: number): string {
  return table(['function', 'where', 'self', 'inclusive'], list.slice(0, count).map((h) => [h.name || '(anonymous)', h.where, ms(h.selfMs), ms(h.totalMs)]));
}

function profile(r: BenchResults): string {
  const p = r.profile;
  if (p === null) return '';
  return [
    `## CPU profile: load + build at ${n(p.size)} papers`,
    '',
    `Fresh process under \`--cpu-prof\` (1 ms sampling): load ${ms(p.loadMs)}, build ${ms(p.buildMs)}, ${ms(p.profiledMs)} sampled. Profiling slows the run down a little.`,
    '',
    'By self time:',
    '',
    hotspots(p.bySelf, 20),
    '',
    'By inclusive time:',
    '',
    hotspots(p.byTotal, 20),
    '',
  ].join('\n');
}

function reopenProfile(r: BenchResults): string {
  const p = r.reopenProfile;
  if (p === null) return '';
  return [
    `## CPU profile: reopening from the snapshot at ${n(p.size)} papers`,
    '',
    `A restart (bench/measureStart.ts on the start-up section's cache) under \`--cpu-prof\`, main thread only (0.5 ms sampling): openLibrary ${ms(p.openMs)} (source ${p.source}), longest stall ${ms(p.stallMs)}, ${ms(p.profiledMs)} sampled in all (process start included).`,
    '',
    'By inclusive time:',
    '',
    hotspots(p.byTotal, 15),
    '',
    'By self time:',
    '',
    hotspots(p.bySelf, 15),
    '',
  ].join('\n');
}

function queryProfile(r: BenchResults): string {
  const q = r.queryProfile;
  if (q === null) return '';
  return [
    `## CPU profile: queries at ${n(q.size)} papers`,
    '',
    'In process (inspector, 0.2 ms sampling), each path over its whole query set once; the harness\'s and the inspector\'s own frames are hidden (but counted in the time sampled).',
    ...q.paths.flatMap((p) => ['', `**${p.name}** (${ms(p.totalMs)} sampled), by inclusive time:`, '', hotspots(p.byTotal, 12), '', 'by self time:', '', hotspots(p.bySelf, 10)]),
    '',
  ].join('\n');
}

function sections(r: BenchResults): string {
  return table(['section', 'status', 'time', 'error'], r.sections.map((s) => [s.name, s.status === 'ok' ? 'ok' : '**FAILED**', ms(s.ms), (s.error ?? '').replace(/\s+/g, ' ').slice(0, 400)]));
}

const GLOSSARY = `## What the numbers mean

- **load (loadDigests)**: read, parse, clean and merge the digest folder into the catalogue; in process, median of the repetitions shown (×n).
- **build (buildLibrary)**: build every search structure the Library holds from a loaded catalogue (no snapshot, no worker); in process, median.
- **open #1 / #2**: \`openLibrary\` (with \`worker: true\`, as the bot) in a fresh child process (bench/measureStart.ts) with a fresh INDEX_CACHE_DIR, twice on the same folder: #1 starts with an empty cache (builds, and saves a snapshot once openLibrary does); #2 is a restart and should load that snapshot. The source openLibrary reported is in brackets (\`full\`/\`incremental\` when it indexed, \`snapshot\` when the saved index matched; before snapshots existed it said \`built\`), with the other numbers it reported (e.g. index = time spent indexing). **ready on restart** is #2's time from the start of openLibrary to a usable library (as the bot opens it: every command answers; the minisearch title index behind typo matching in /paper then loads in the background, and the time it is warm is shown too — the stall probe runs until then). Medians over the pairs shown.
- **heap + external / RSS after start**: \`process.memoryUsage()\` in that child after a full GC, once the library is open (heapUsed, plus external: ArrayBuffer/Buffer stores such as typed-array indexes); **peak RSS** is the process's maxRSS. Nothing else ran in the process.
- **max stall**: the longest the event loop could not run a 5 ms timer while openLibrary ran (what a gateway heartbeat or an interaction would wait).
- **query latencies**: in process, on the library \`openLibrary\` returned, one call at a time after a short warm-up: lookup on exact titles, 3–6-word title fragments with 1–2 typos and method names; searchPapers (limit 25) on 2–4-word topics from real title/abstract wording; suggest on every prefix (1..n characters) of a title's first four words, as Discord sends them while typing; answerQuestion on "What is <name>?", "How much faster is <name>?", "Which papers <verb> <topic>?". A series stops early when its time budget runs out ("n of planned").
- **where the memory goes**: the in-process library's fields are dropped one by one and each full GC's drop in heapUsed + external is that field's share.
- **CPU profile**: one more load + build of the largest corpus (loadDigests + buildLibrary) in a fresh process under \`--cpu-prof\`, aggregated by function: self time, and inclusive time (counted once per stack).
- **anchors**: minisearch with default options over title and abstract (what an unoptimized index costs), and a lower-cased startsWith/includes scan over every title (the floor for autocomplete), on the same queries.
- **end to end**: the real bot (src/main.ts, spawned) against the stand-in Discord on 127.0.0.1; dispatch of the interaction → the bot's first callback (\`firstResponseMs\`). Sequential: one at a time; burst: 20 sent at once.
- **add a day (livefeed)**: on a copy of the corpus whose snapshot is up to date, one \`daily-papers-<day>-01.json\` of 50 API-shaped items (titles and abstracts made by the corpus generator from the shipped papers' text, distinct from every title in the library; fake arXiv ids, authors, upvotes, AI summary and keywords) is written with the feed state, as a poll does (untimed); then what the bot does on the serving path is timed: \`readPreparedDigests\` of the new file (parse and clean), \`extendLibrary\` (the papers join the serving library as one more text segment; title, name and typo indexes merged, trending re-scored — in short steps with 1 ms pauses) and \`applyLiveStats\`. Each day is a new file (median over the days, all shown); **max stall** is the stall probe in the main thread over the whole refresh, worst day. **Snapshot catch-up** is the incremental indexer the bot runs 30 s later in a worker thread so the next start loads a current snapshot; it is off the serving path and timed once, after the last day.
- **upvote refresh (livefeed)**: \`applyLiveStats(library, stats, now)\` on the library after those days, with a stats entry (upvotes, comments, a repository and stars for a third) for every paper; median of the runs shown, after a warm-up. Text-digest papers have no arXiv id, so the bench gives each a fake one first so every entry is found and copied; the re-score (\`rescored\`) alone is timed beside it.
- **fan-out**: N subscribed channels due at 09:00 UTC, bot clock started just before, the stand-in enforcing the global limit; from the first digest POST to the last successful one. Floor = N / limit seconds.
- **fan-out by several processes** (bench/measure/fanOutProcesses.ts): three real bot processes with \`DATABASE_URL\` on one PostgreSQL server (a throw-away one, or PG_TEST_URL), every process loading the largest corpus from one shared snapshot (built first, untimed), N channels in servers of 500 subscribed for 09:00 UTC straight in the database, the processes' clocks aligned just before 09:00, one stand-in Discord enforcing 50 requests/s for the bot as a whole; the processes split the channels by their claims and draw every digest request from the store's shared token bucket (\`DIGEST_POSTS_PER_SECOND\` 45 + a burst of 5). Span, lost and doubled as for the fan-out; RSS per process read from /proc after the fan-out.`;

/** The whole RESULTS.md. */
export function renderReport(r: BenchResults): string {
  const parts = [
    header(r),
    '## Corpora',
    corpora(r),
    '## Start-up, memory, event-loop stalls',
    startup(r),
    '## Query latency in process',
    queries(r),
    '## Where the memory goes',
    'Memory (JS heap + external ArrayBuffer/Buffer stores) held by each part of the library openLibrary returned, in process: each field is dropped in turn and a full GC\'s drop is its share (memory two parts share counts for the later one). Where the *time* goes is in the CPU profiles below.',
    memory(r),
    '## Anchors (same papers, same queries)',
    anchors(r),
    '## End to end through the stand-in Discord',
    e2e(r),
    `## Digest fan-out`,
    fanOut(r),
    '## Digest fan-out by several processes on one PostgreSQL store',
    multiFanOut(r),
    '## Following the Daily Papers feed',
    liveFeed(r),
    '## Targets (issue 6)',
    targets(r),
    profile(r),
    reopenProfile(r),
    queryProfile(r),
    '## Sections',
    sections(r),
    r.notes.length > 0 ? `## Notes\n\n${r.notes.map((x) => `- ${x}`).join('\n')}` : '',
    GLOSSARY,
  ];
  return `${parts.filter((p) => p.length > 0).join('\n\n')}\n`;
}
