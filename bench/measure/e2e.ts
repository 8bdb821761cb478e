import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from '../../support/fakeDiscord/index.js';
import { botEnv } from '../../support/botEnv.js';
import { spawnBot, type BotProcess } from '../../support/spawnBot.js';
import { benchWorkspace, processMemory } from '../botWorkspace.js';
import type { QuerySets } from '../queries/makeQueries.js';
import { summarize } from '../stats.js';
import type { Timed } from './timeCalls.js';

export type InteractionKind = 'paper' | 'search' | 'autocomplete';

/** One start of the bot: how long it took and what it held afterwards. */
export interface BotStart {
  /** Spawn → the bot's "ready" log line (process start, library, login, command registration). */
  readyMs: number;
  /** What the bot logged about its library ("catalogue loaded": source, ms), if it did. */
  library: string;
  /** /proc VmRSS and VmHWM after the interactions. */
  rss: number | null;
  peakRss: number | null;
}

/** Interaction latency (dispatch → first callback) through the stand-in Discord with the real bot. */
export interface E2eResult {
  size: number;
  /** First start on an empty INDEX_CACHE_DIR, then a restart on the cache it left. */
  first: BotStart;
  restart: BotStart | null;
  kinds: Record<InteractionKind, { sequential: Timed; burst: Timed }>;
}

export interface E2eOptions {
  interactions: number;
  burst: number;
  readyTimeoutMs: number;
  /** Stop a kind's sequential series after this much wall time. */
  budgetMs: number;
  /** Interactions per kind after the restart (only to load the bot before reading its RSS). */
  afterRestart: number;
}

const WAIT_MS = 10_000;

function send(fake: FakeDiscord, kind: InteractionKind, text: string): InteractionHandle {
  if (kind === 'paper') return fake.sendCommand({ name: 'paper', options: { query: text } });
  if (kind === 'search') return fake.sendCommand({ name: 'search', options: { topic: text } });
  return fake.sendAutocomplete({ name: 'paper', options: { query: text }, focused: 'query' });
}

/** firstResponseMs of each handle; an interaction without an answer counts as an error. */
async function collect(handles: readonly InteractionHandle[]): Promise<{ samples: number[]; errors: number }> {
  const settled = await Promise.allSettled(handles.map((h) => h.waitForCallback({ timeoutMs: WAIT_MS })));
  const samples = settled.flatMap((s) => (s.status === 'fulfilled' && s.value.requests.every((r) => r.status < 400) ? [s.value.firstResponseMs] : []));
  return { samples, errors: settled.length - samples.length };
}

function timed(samples: number[], errors: number, planned: number): Timed {
  return { ...summarize(samples), planned, errors };
}

/** Inputs for each kind: lookups for /paper, topics for /search, as-typed prefixes for autocomplete. */
function inputsFor(kind: InteractionKind, queries: QuerySets, count: number): string[] {
  const pool = kind === 'paper' ? queries.lookup.map((q) => q.text.slice(0, 200)) : kind === 'search' ? queries.topics : queries.prefixes;
  return Array.from({ length: count }, (_, i) => pool[i % pool.length] ?? 'attention');
}

function libraryLog(bot: BotProcess): string {
  const line = bot.logs.find((l) => l.msg === 'catalogue loaded');
  if (line === undefined) return '?';
  const fields = ['source', 'ms', 'indexMs'].filter((k) => line[k] !== undefined).map((k) => `${k} ${String(line[k])}`);
  return fields.join(', ');
}

/** Starts the real bot on `digestsDir` against a fresh stand-in and measures each interaction kind, then restarts it. */
export async function measureE2e(size: number, digestsDir: string, queries: QuerySets, options: E2eOptions): Promise<E2eResult> {
  const fake = await startFakeDiscord();
  const workspace = benchWorkspace(digestsDir);
  let bot: BotProcess | null = null;
  const start = async (): Promise<[BotProcess, number]> => {
    const started = performance.now();
    const spawned = await spawnBot({ env: botEnv(fake, workspace, { LOG_LEVEL: 'info' }), readyPattern: 'ready', readyTimeoutMs: options.readyTimeoutMs });
    return [spawned, performance.now() - started];
  };
  try {
    let readyMs: number;
    [bot, readyMs] = await start();
    const kinds = {} as Record<InteractionKind, { sequential: Timed; burst: Timed }>;
    for (const kind of ['autocomplete', 'paper', 'search'] as const) {
      const inputs = inputsFor(kind, queries, options.interactions + options.burst);
      await collect(inputs.slice(0, 3).map((text) => send(fake, kind, text))); // warm-up, untimed
      const samples: number[] = [];
      let errors = 0;
      const deadline = performance.now() + options.budgetMs;
      for (const text of inputs.slice(0, options.interactions)) {
        const one = await collect([send(fake, kind, text)]);
        samples.push(...one.samples);
        errors += one.errors;
        if (performance.now() > deadline || errors >= 5) break;
      }
      const burst = await collect(inputs.slice(options.interactions).map((text) => send(fake, kind, text)));
      kinds[kind] = { sequential: timed(samples, errors, options.interactions), burst: timed(burst.samples, burst.errors, options.burst) };
    }
    const memory = processMemory(bot.pid);
    const first: BotStart = { readyMs, library: libraryLog(bot), rss: memory?.rss ?? null, peakRss: memory?.peakRss ?? null };
    await bot.stop(10_000);
    let restartMs: number;
    [bot, restartMs] = await start();
    for (const kind of ['autocomplete', 'paper', 'search'] as const) {
      await collect(inputsFor(kind, queries, options.afterRestart).map((text) => send(fake, kind, text)));
    }
    const after = processMemory(bot.pid);
    const restart: BotStart = { readyMs: restartMs, library: libraryLog(bot), rss: after?.rss ?? null, peakRss: after?.peakRss ?? null };
    return { size, first, restart, kinds };
  } finally {
    await bot?.stop(5000).catch(() => bot?.kill('SIGKILL'));
    await fake.close();
    workspace.cleanup();
  }
}
