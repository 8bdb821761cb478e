import { startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { botEnv } from '../../support/botEnv.js';
import { spawnBot, type BotProcess } from '../../support/spawnBot.js';
import { DIGEST_BURST } from '../../src/schedule/throttledPoster.js';
import { openSqlite } from '../../src/store/sqlite/openStore.js';
import { benchWorkspace } from '../botWorkspace.js';
import { awaitFanOut, FAN_OUT_DAY } from './fanOutTally.js';

/** One scheduled digest to many channels under Discord's global rate limit. */
export interface FanOutResult {
  channels: number;
  rateLimit: number;
  /** channels / rateLimit seconds: the fastest any bot could post them. */
  floorMs: number;
  /** First digest POST → last successful digest POST. */
  spanMs: number;
  ratio: number;
  lost: number;
  duplicated: number;
  /** Digest POSTs answered 429 by the global limiter, and all 429s served. */
  digest429: number;
  served429: number;
  posts: number;
  corpusSize: number;
}

export interface FanOutOptions {
  channels: number;
  rateLimit: number;
  readyTimeoutMs: number;
}

/** Subscribes every channel straight in the bot's database (09:00 UTC, created a day earlier). */
function subscribeAll(databasePath: string, guildId: string, channelIds: readonly string[]): void {
  const store = openSqlite(databasePath);
  try {
    const at = `2026-11-22T08:00:00.000Z`;
    for (const channelId of channelIds) {
      store.upsertSubscription({ channelId, guildId, topics: [], time: '09:00', timezone: 'UTC', count: 3, createdBy: '1400000000000000001', at });
    }
  } finally {
    store.close();
  }
}

/**
 * Starts the real bot a few seconds before 09:00 UTC with 1,000 subscribed channels and the
 * stand-in enforcing `rateLimit` requests per second, and watches every digest go out.
 */
export async function measureFanOut(corpusDir: string, corpusSize: number, options: FanOutOptions): Promise<FanOutResult> {
  const fake: FakeDiscord = await startFakeDiscord({
    globalRateLimit: options.rateLimit,
    guilds: [{ name: 'Fan-out', channels: Array.from({ length: options.channels }, (_, i) => ({ name: `c${i}` })) }],
  });
  const workspace = benchWorkspace(corpusDir);
  let bot: BotProcess | null = null;
  try {
    const channelIds = Array.from({ length: options.channels }, (_, i) => fake.channelId(`c${i}`));
    subscribeAll(workspace.databasePath, fake.defaultGuildId, channelIds);
    // The fastest the digest bucket allows under this limit (rate plus burst within it; at most 45/s).
    const postsPerSecond = String(Math.min(45, options.rateLimit - DIGEST_BURST));
    const env = botEnv(fake, workspace, { CLOCK_START: `${FAN_OUT_DAY}T08:59:57Z`, SCHEDULE_CRON: '* * * * * *', LOG_LEVEL: 'info', DIGEST_POSTS_PER_SECOND: postsPerSecond });
    bot = await spawnBot({ env, readyPattern: 'ready', readyTimeoutMs: options.readyTimeoutMs });
    const floorMs = (options.channels / options.rateLimit) * 1000;
    const tally = await awaitFanOut(fake, channelIds, floorMs, 3000);
    return {
      channels: options.channels,
      rateLimit: options.rateLimit,
      floorMs,
      spanMs: tally.spanMs,
      ratio: tally.spanMs / floorMs,
      lost: tally.lost,
      duplicated: tally.duplicated,
      digest429: tally.digest429,
      served429: fake.globalRateLimited,
      posts: tally.posts,
      corpusSize,
    };
  } finally {
    await bot?.stop(5000).catch(() => bot?.kill('SIGKILL'));
    await fake.close();
    workspace.cleanup();
  }
}
