import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../../support/botEnv.js';
import { databaseName, freshDatabase, releasePg, testPg } from '../../support/postgres.js';

// Two real bot processes share one PostgreSQL database and one (stand-in) Discord that enforces
// the global limit of 50 requests a second. One is SIGKILLed in the middle of the 09:00 fan-out
// and restarted: every channel ends with exactly one digest, and the shared token bucket keeps
// the two processes together under the limit.
const CHANNELS = 80;
let fake: FakeDiscord;
let workspaces: BotWorkspace[] = [];
let channels: string[] = [];
let databaseUrl = '';

beforeAll(async () => {
  fake = await startFakeDiscord({ globalRateLimit: 50, guilds: [{ name: 'Big', channels: Array.from({ length: CHANNELS }, (_, i) => ({ name: `c${i}` })) }] });
  channels = Array.from({ length: CHANNELS }, (_, i) => fake.channelId(`c${i}`));
  workspaces = [createWorkspace(), createWorkspace(), createWorkspace()];
  databaseUrl = await freshDatabase((await testPg()).url, databaseName('e2e'));
}, 60_000);

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  for (const w of workspaces) w.cleanup();
  await releasePg();
});

// Every request the bots sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

const digestsIn = (id: string) => fake.channelMessages(id).filter((m) => m.authorId === fake.botUser.id);
const posted = () => channels.filter((id) => digestsIn(id).length > 0).length;

describe('two bot processes on one PostgreSQL store', () => {
  it('deliver exactly one digest per channel when one is SIGKILLed mid fan-out and restarted, under the global rate limit', async () => {
    const start = Date.parse('2026-11-23T08:59:20Z');
    const startedAt = Date.now();
    // Every process's clock reads the same time: CLOCK_START is where the first one's clock is now.
    const env = (workspace: BotWorkspace) =>
      botEnv(fake, workspace, {
        CLOCK_START: new Date(start + (Date.now() - startedAt)).toISOString(),
        SCHEDULE_CRON: '* * * * * *',
        LOG_LEVEL: 'info',
        DATABASE_URL: databaseUrl,
        DIGEST_LEASE_SECONDS: '5',
        DIGEST_POSTS_PER_SECOND: '45',
      });
    const ready = { readyPattern: 'ready', readyTimeoutMs: 30_000 };
    const a = await spawnBot({ env: env(workspaces[0] as BotWorkspace), ...ready });
    const b = await spawnBot({ env: env(workspaces[1] as BotWorkspace), ...ready });
    for (const log of [a, b].map((bot) => bot.logs.find((l) => l.msg === 'store opened'))) expect(log).toMatchObject({ kind: 'postgres', version: 1 });
    for (const channelId of channels) {
      const r = await fake.sendCommand({ name: 'subscribe', channelId, options: { time: '09:00', count: 2 }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
      expect(r.message?.content).toMatch(/^Subscribed/);
    }
    const limitedBefore = fake.globalRateLimited;
    // Answers to posts come late, so a kill leaves posts whose answer never reached the bot.
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, delayMs: 200, after: true, times: 10_000 });
    await waitUntil(() => posted() >= 15, 'the fan-out to start', 60_000);
    a.kill('SIGKILL');
    await a.waitForExit(10_000);
    expect(posted()).toBeLessThan(CHANNELS);
    // Restarted (a new process, a new lease holder): it reconciles and joins the fan-out.
    const restarted = await spawnBot({ env: env(workspaces[2] as BotWorkspace), ...ready });

    await waitUntil(() => posted() === CHANNELS, 'every channel to get its digest', 90_000);
    await new Promise((r) => setTimeout(r, 7000)); // past a lease: nothing more may come
    for (const id of channels) expect(digestsIn(id), `channel ${id}`).toHaveLength(1);
    // Both processes posted: the work was shared.
    const deliveredBy = (bot: BotProcess) => bot.logs.filter((l) => l.msg === 'digest: channel done' && l.outcome === 'delivered').length;
    expect(deliveredBy(b)).toBeGreaterThan(0);
    expect(restarted.logs.some((l) => l.msg === 'store opened')).toBe(true);
    // Two processes at 45 digest posts a second together, plus a burst of 5, against a limit of 50.
    const limited = fake.globalRateLimited - limitedBefore;
    console.log(`e2e postgres: ${CHANNELS} channels, global 429s during the fan-out: ${limited}`);
    expect(limited).toBeLessThanOrEqual(2);
  }, 240_000);
});
