import { createServer, type Server } from 'node:http';
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../helpers/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../helpers/botEnv.js';

const ABSTRACT = 'We introduce Frobnicator, a method that frobnicates transformers and makes them 3× faster on every benchmark we could find.';
let fake: FakeDiscord;
let workspace: BotWorkspace;
let feedMode: 'garbage' | 'slow' | 'huge' | 'good' = 'garbage';
let feedHits = 0;
let feed: Server;
let feedUrl = '';

beforeAll(async () => {
  fake = await startFakeDiscord();
  feed = createServer((_req, res) => {
    feedHits += 1;
    if (feedMode === 'garbage') res.end('<html>definitely not json</html>');
    else if (feedMode === 'slow') setTimeout(() => res.end('[]'), 5000).unref();
    else if (feedMode === 'huge') res.end(`[${'"x",'.repeat(1_500_000)}"x"]`);
    else res.end(JSON.stringify([{ paper: { id: '2611.01234', title: 'Feedbacker: A Paper From the Feed', summary: ABSTRACT, authors: [{ name: 'A' }, { name: 'B' }], upvotes: 99, publishedAt: '2026-11-22T00:00:00Z' }, publishedAt: '2026-11-23T00:00:00Z' }]));
  });
  await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/api/daily_papers`;
});

afterEach(async () => {
  await stopAllBots();
  workspace.cleanup();
});

afterAll(async () => {
  await fake.close();
  feed.close();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('fresh papers and catch-up (end to end)', () => {
  it('picks up a digest file dropped into DIGESTS_DIR without a restart', async () => {
    workspace = createWorkspace();
    const bot = await spawnBot({ env: botEnv(fake, workspace, { SCHEDULE_CRON: '* * * * * *' }), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    const before = await fake.sendCommand({ name: 'paper', options: { query: 'Frobnicator' } }).waitForResponse();
    expect(before.message?.content).toMatch(/No paper matches/);
    workspace.addDigest('100_new.txt', `Nov 23\n\nFrobnicator: Faster Transformers by Frobnication\n\n${ABSTRACT}\n`);
    await bot.waitForLog('digests reloaded', 10_000);
    const after = await fake.sendCommand({ name: 'paper', options: { query: 'Frobnicator' } }).waitForResponse();
    expect(after.message?.embeds[0]?.title).toBe('Frobnicator: Faster Transformers by Frobnication');
  });

  it('a feed answering garbage, slowly or too much changes nothing; a good one is saved and used', async () => {
    workspace = createWorkspace();
    const files = () => readdirSync(workspace.digestsDir).sort();
    const original = files();
    for (const mode of ['garbage', 'slow', 'huge'] as const) {
      feedMode = mode;
      const hits = feedHits;
      const bot = await spawnBot({ env: botEnv(fake, workspace, { SCHEDULE_CRON: '* * * * * *', DIGEST_FEED_URL: feedUrl, DIGEST_FEED_TIMEOUT_MS: '1500' }), readyPattern: 'ready', readyTimeoutMs: 30_000 });
      const failed = await bot.waitForLog('feed fetch failed; going on with the digests already there', 10_000);
      expect(feedHits).toBe(hits + 1);
      expect(String(failed.json?.error)).toMatch(mode === 'garbage' ? /no usable papers/ : mode === 'slow' ? /abort|time/i : /cap/);
      expect(files()).toEqual(original);
      const still = await fake.sendCommand({ name: 'paper', options: { query: 'FlashAttention' } }).waitForResponse();
      expect(still.message?.embeds[0]?.title).toMatch(/^FlashAttention/);
      await bot.stop();
    }
    feedMode = 'good';
    const bot = await spawnBot({ env: botEnv(fake, workspace, { SCHEDULE_CRON: '* * * * * *', DIGEST_FEED_URL: feedUrl, CLOCK_START: '2026-11-23T10:00:00Z' }), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    await bot.waitForLog('digests reloaded', 10_000);
    expect(files()).toContain('feed-2026-11-23.json');
    const found = await fake.sendCommand({ name: 'paper', options: { query: 'Feedbacker' } }).waitForResponse();
    expect(found.message?.embeds[0]?.url).toBe('https://arxiv.org/abs/2611.01234');
  }, 90_000);

  it('catches up a digest missed while the bot was down, once', async () => {
    workspace = createWorkspace();
    const channelId = fake.defaultChannelId;
    const env = (clock: string) => botEnv(fake, workspace, { SCHEDULE_CRON: '* * * * * *', CLOCK_START: clock });
    let bot = await spawnBot({ env: env('2026-11-25T08:00:00Z'), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    await fake.sendCommand({ name: 'subscribe', options: { time: '09:00', count: 1 }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
    await bot.stop();
    const mine = () => fake.channelMessages(channelId).filter((m) => m.authorId === fake.botUser.id && m.embeds[0]?.title?.includes('Wed 25 Nov') === true);
    bot = await spawnBot({ env: env('2026-11-25T11:30:00Z'), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    await waitUntil(() => mine().length === 1, 'the caught-up digest', 20_000);
    await new Promise((r) => setTimeout(r, 3000));
    expect(mine()).toHaveLength(1);
    await bot.stop();
  }, 60_000);
});
