import { openPostgresStore } from '../../src/store/postgres/postgresStore.js';
import { indexInWorker } from '../../src/search/indexInWorker.js';
import { startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { botEnv } from '../../support/botEnv.js';
import { freshDatabase, startPgServer, type PgServer } from '../../support/postgres.js';
import { spawnBot, type BotProcess } from '../../support/spawnBot.js';
import { benchWorkspace, processMemory } from '../botWorkspace.js';
import { makeTempDir, removeTempDir } from '../tempDirs.js';
import { awaitFanOut, FAN_OUT_DAY } from './fanOutTally.js';

/** One 09:00 digest to many channels, delivered by several bot processes sharing PostgreSQL. */
export interface MultiFanOutResult {
  processes: number;
  channels: number;
  guilds: number;
  rateLimit: number;
  /** channels / rateLimit seconds: the fastest the bot (all processes together) could post them. */
  floorMs: number;
  /** First digest POST → last successful digest POST, all processes. */
  spanMs: number;
  ratio: number;
  lost: number;
  duplicated: number;
  /** Digest POSTs answered 429 by the stand-in's global limiter. */
  digest429: number;
  /** Digests each process delivered (from its log). */
  perProcess: number[];
  /** Each process's RSS and peak RSS after the fan-out, with `corpusSize` papers loaded. */
  memory: { rss: number; peakRss: number }[];
  corpusSize: number;
}

export interface MultiFanOutOptions {
  processes: number;
  channels: number;
  rateLimit: number;
  readyTimeoutMs: number;
}

/** Channels per stand-in guild (Discord allows 500 channels in a server). */
const CHANNELS_PER_GUILD = 500;
/**
 * `processes` real bot processes on one PostgreSQL server (a throw-away one, or PG_TEST_URL) and
 * one stand-in Discord enforcing `rateLimit` requests a second for the bot as a whole, every
 * process with the corpus loaded from one shared snapshot; `channels` channels subscribed for
 * 09:00 UTC. Measures the fan-out from the first digest POST to the last, and counts channels
 * that got no digest or more than one.
 */
export async function measureMultiFanOut(corpusDir: string, corpusSize: number, options: MultiFanOutOptions): Promise<MultiFanOutResult> {
  const guildCount = Math.ceil(options.channels / CHANNELS_PER_GUILD);
  const channelName = (i: number): string => `c${i}`;
  const fake: FakeDiscord = await startFakeDiscord({
    globalRateLimit: options.rateLimit,
    guilds: Array.from({ length: guildCount }, (_, g) => ({
      name: `Fan-out ${g}`,
      channels: Array.from({ length: Math.min(CHANNELS_PER_GUILD, options.channels - g * CHANNELS_PER_GUILD) }, (_, i) => ({ name: channelName(g * CHANNELS_PER_GUILD + i) })),
    })),
  });
  const fromEnv = process.env['PG_TEST_URL'];
  let server: PgServer | null = null;
  const cacheDir = makeTempDir('paperboy-bench-multi-cache-');
  const workspaces = Array.from({ length: options.processes }, () => benchWorkspace(corpusDir));
  const bots: BotProcess[] = [];
  try {
    if (fromEnv === undefined || fromEnv === '') server = await startPgServer();
    const databaseUrl = await freshDatabase(server?.url ?? fromEnv ?? '', `bench_fanout_${process.pid}`);
    // One snapshot every process loads (none of them indexes): what a restart of a deployment does.
    await indexInWorker({ digestsDir: corpusDir, cacheDir });
    const channels = Array.from({ length: options.channels }, (_, i) => {
      const guildId = fake.guilds[Math.floor(i / CHANNELS_PER_GUILD)]?.id ?? '';
      return { channelId: fake.channelIdIn(guildId, channelName(i)), guildId };
    });
    const store = await openPostgresStore(databaseUrl);
    try {
      const at = '2026-11-22T08:00:00.000Z';
      for (const { channelId, guildId } of channels) {
        await store.upsertSubscription({ channelId, guildId, topics: [], time: '09:00', timezone: 'UTC', count: 3, createdBy: '1400000000000000001', at });
      }
    } finally {
      await store.close();
    }
    // Every process's clock reads the same time: CLOCK_START is where the first one's clock is now.
    const start = Date.parse(`${FAN_OUT_DAY}T08:59:30Z`);
    const startedAt = Date.now();
    for (const workspace of workspaces) {
      const env = botEnv(fake, workspace, {
        CLOCK_START: new Date(start + (Date.now() - startedAt)).toISOString(),
        SCHEDULE_CRON: '* * * * * *',
        LOG_LEVEL: 'info',
        DATABASE_URL: databaseUrl,
        INDEX_CACHE_DIR: cacheDir,
      });
      bots.push(await spawnBot({ env, readyPattern: 'ready', readyTimeoutMs: options.readyTimeoutMs }));
    }
    const floorMs = (options.channels / options.rateLimit) * 1000;
    const tally = await awaitFanOut(fake, channels.map((c) => c.channelId), floorMs, 5000);
    const memory = bots.map((bot) => processMemory(bot.pid) ?? { rss: Number.NaN, peakRss: Number.NaN });
    return {
      processes: options.processes,
      channels: options.channels,
      guilds: guildCount,
      rateLimit: options.rateLimit,
      floorMs,
      spanMs: tally.spanMs,
      ratio: tally.spanMs / floorMs,
      lost: tally.lost,
      duplicated: tally.duplicated,
      digest429: tally.digest429,
      perProcess: bots.map((bot) => bot.logs.filter((l) => l.msg === 'digest: channel done' && l.outcome === 'delivered').length),
      memory,
      corpusSize,
    };
  } finally {
    for (const bot of bots) await bot.stop(10_000).catch(() => bot.kill('SIGKILL'));
    await fake.close();
    for (const workspace of workspaces) workspace.cleanup();
    removeTempDir(cacheDir);
    server?.destroy();
  }
}
