import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { REPO_ROOT, spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, type BotWorkspace } from '../../support/botEnv.js';

let fake: FakeDiscord;
let workspace: BotWorkspace;
let bot: BotProcess;

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: 'Lab', channels: [{ name: 'general' }, { name: 'papers' }, { name: 'news' }] }, { name: 'Other', channels: [{ name: 'main' }] }] });
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

describe('registration and server lifecycle (end to end)', () => {
  it('`npm run register` bulk-overwrites the commands without starting the bot', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'register'], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...botEnv(fake, workspace) } });
    expect(stdout).toMatch(/registered \d+ commands in server/);
    const names = fake.registeredCommands(fake.defaultGuildId).map((c) => c.name).sort();
    expect(names).toEqual(['ask', 'help', 'paper', 'search', 'status', 'subscribe', 'subscriptions', 'trending', 'unsubscribe']);
    expect(fake.identifies).toHaveLength(0);
  }, 60_000);

  it('pauses a deleted channel’s subscription and forgets a server it leaves', async () => {
    bot = await spawnBot({ env: botEnv(fake, workspace), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    const lab = fake.defaultGuildId;
    const other = fake.guilds.find((g) => g.id !== lab)?.id ?? '';
    const papers = fake.channelId('papers');
    const main = fake.channelId('main');
    await fake.sendCommand({ name: 'subscribe', options: { channel: papers }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
    await fake.sendCommand({ name: 'subscribe', options: { channel: fake.channelId('news') }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
    await fake.sendCommand({ name: 'subscribe', guildId: other, channelId: main, memberPermissions: ALL_PERMISSIONS, unregistered: true }).waitForResponse();
    fake.channelDelete(papers);
    await bot.waitForLog('channel deleted; its subscription is paused', 10_000);
    fake.guildDelete(other);
    await bot.waitForLog('left a server; its subscriptions were removed', 10_000);
    const list = await fake.sendCommand({ name: 'subscriptions' }).waitForResponse();
    const fields = list.message?.embeds[0]?.fields ?? [];
    expect(fields).toHaveLength(2);
    expect(fields.map((f) => f.value).join('\n')).toMatch(/Paused: channel deleted/);
    expect(bot.logs.find((l) => l.msg === 'left a server; its subscriptions were removed')?.removed).toBe(1);
  }, 60_000);
});
