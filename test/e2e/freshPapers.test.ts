import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../../support/botEnv.js';

const ABSTRACT = 'We introduce Frobnicator, a method that frobnicates transformers and makes them 3× faster on every benchmark we could find.';
let fake: FakeDiscord;
let workspace: BotWorkspace;

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterEach(async () => {
  await stopAllBots();
  workspace.cleanup();
});

afterAll(async () => {
  await fake.close();
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
    await bot.waitForLog('digests added', 10_000);
    const after = await fake.sendCommand({ name: 'paper', options: { query: 'Frobnicator' } }).waitForResponse();
    expect(after.message?.embeds[0]?.title).toBe('Frobnicator: Faster Transformers by Frobnication');
  });

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
