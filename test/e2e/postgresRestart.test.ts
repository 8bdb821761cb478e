import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../../support/botEnv.js';
import { freshDatabase, startPgServer, type PgServer } from '../../support/postgres.js';

// The real bot on PostgreSQL, with the server stopped (pg_ctl stop -m fast: every connection cut)
// in the middle of the 09:00 fan-out and started again: the process lives on, and every channel
// still ends with exactly one digest. Its own server, as this test stops it.
const CHANNELS = 30;
let fake: FakeDiscord;
let workspace: BotWorkspace;
let server: PgServer;
let channels: string[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: 'Restart', channels: Array.from({ length: CHANNELS }, (_, i) => ({ name: `r${i}` })) }] });
  channels = Array.from({ length: CHANNELS }, (_, i) => fake.channelId(`r${i}`));
  workspace = createWorkspace();
  server = await startPgServer();
}, 60_000);

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  workspace.cleanup();
  server.destroy();
});

afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

const digestsIn = (id: string) => fake.channelMessages(id).filter((m) => m.authorId === fake.botUser.id);
const posted = () => channels.filter((id) => digestsIn(id).length > 0).length;

describe('PostgreSQL at start-up', () => {
  it('a DATABASE_URL nobody answers stops start-up with one line naming it, password masked', async () => {
    const bot = await spawnBot({ env: botEnv(fake, workspace, { DATABASE_URL: 'postgres://paperboy:hunter2@127.0.0.1:9/paperboy' }) });
    expect(await bot.waitForExit(30_000)).toBe(1);
    const errors = bot.logs.filter((l) => l.level === 'error').map((l) => String(l.msg));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^start-up failed: store: DATABASE_URL postgres:\/\/paperboy:\*\*\*@127\.0\.0\.1:9\/paperboy cannot be used \(.*ECONNREFUSED/);
    expect(bot.lines.map((l) => l.raw).join('\n')).not.toContain('hunter2');
  });
});

describe('PostgreSQL going away mid fan-out', () => {
  it('is survived without losing or repeating a delivery', async () => {
    const url = await freshDatabase(server.url, 'e2e_restart');
    const bot = await spawnBot({
      env: botEnv(fake, workspace, { CLOCK_START: '2026-11-23T08:59:40Z', SCHEDULE_CRON: '* * * * * *', LOG_LEVEL: 'info', DATABASE_URL: url, DIGEST_POSTS_PER_SECOND: '4' }),
      readyPattern: 'ready',
      readyTimeoutMs: 30_000,
    });
    for (const channelId of channels) {
      const r = await fake.sendCommand({ name: 'subscribe', channelId, options: { time: '09:00', count: 2 }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
      expect(r.message?.content).toMatch(/^Subscribed/);
    }
    await waitUntil(() => posted() >= 5, 'the fan-out to start', 60_000);
    server.stop();
    const downAt = posted();
    expect(downAt).toBeLessThan(CHANNELS);
    await new Promise((r) => setTimeout(r, 3000)); // ticks fail meanwhile
    // While the store is down a command that needs it answers with the one error path.
    const during = await fake.sendCommand({ name: 'subscriptions', channelId: channels[0] ?? '' }).waitForResponse();
    expect(during.message?.content ?? '').toMatch(/went wrong/i);
    server.start();

    await waitUntil(() => posted() === CHANNELS, 'every channel to get its digest', 90_000);
    await new Promise((r) => setTimeout(r, 3000));
    for (const id of channels) expect(digestsIn(id), `channel ${id}`).toHaveLength(1);
    expect(bot.exited).toBe(false);
    // The lost connections were logged (not a crash), and the channels caught mid-post were retried.
    expect(bot.logs.some((l) => l.level === 'error' && String(l.msg).startsWith('store: PostgreSQL connection lost'))).toBe(true);
    expect(bot.logs.some((l) => l.msg === 'digest: channel failed unexpectedly')).toBe(true);
    const after = await fake.sendCommand({ name: 'subscriptions', channelId: channels[0] ?? '' }).waitForResponse();
    expect(after.message?.content ?? JSON.stringify(after.message?.embeds ?? [])).not.toMatch(/went wrong/i);
  }, 180_000);
});
