import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../../support/botEnv.js';

// SIGKILL in the middle of a fan-out to 50 channels, then a restart: every channel ends up with
// exactly one digest for the day (recorded before posting, nonce-deduplicated, reconciled on start).
const CHANNELS = 50;
let fake: FakeDiscord;
let workspace: BotWorkspace;
let bot: BotProcess;
let channels: string[] = [];

function digestsIn(id: string) {
  return fake.channelMessages(id).filter((m) => m.authorId === fake.botUser.id);
}

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: 'Big', channels: Array.from({ length: CHANNELS }, (_, i) => ({ name: `c${i}` })) }] });
  channels = Array.from({ length: CHANNELS }, (_, i) => fake.channelId(`c${i}`));
  workspace = createWorkspace();
});

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('crash in the middle of a fan-out', () => {
  it('delivers exactly one digest per channel after SIGKILL and restart', async () => {
    const env = (clock: string) => botEnv(fake, workspace, { CLOCK_START: clock, SCHEDULE_CRON: '* * * * * *', LOG_LEVEL: 'info' });
    bot = await spawnBot({ env: env('2026-11-23T08:59:40Z'), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    for (const channelId of channels) {
      const r = await fake.sendCommand({ name: 'subscribe', channelId, options: { time: '09:00', count: 2 }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
      expect(r.message?.content).toMatch(/^Subscribed/);
    }
    // Slow every post down so the fan-out is still going when the process is killed; some posts
    // reach Discord but their answer never reaches the bot.
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, delayMs: 400, after: true, times: 1000 });
    const posted = () => channels.filter((id) => digestsIn(id).length > 0).length;
    await waitUntil(() => posted() >= 10, 'the fan-out to start', 45_000);
    bot.kill('SIGKILL');
    await bot.waitForExit(10_000);
    const before = posted();
    expect(before).toBeLessThan(CHANNELS);

    bot = await spawnBot({ env: env('2026-11-23T09:05:00Z'), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    await waitUntil(() => posted() === CHANNELS, 'every channel to get its digest', 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    for (const id of channels) expect(digestsIn(id)).toHaveLength(1);
    // Posts that reached Discord before the kill were found by their marker, not posted again.
    const reconciled = bot.logs.find((l) => l.msg === 'deliveries reconciled after restart');
    expect(Number(reconciled?.recovered)).toBeGreaterThan(0);
  }, 150_000);
});
