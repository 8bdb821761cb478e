import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, DEFAULT_BOT_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, listedPaperIds, waitUntil, type BotWorkspace } from '../../support/botEnv.js';
import { PermissionFlagsBits } from 'discord.js';

// Daily digests through the real bot process and the stand-in Discord, with a controllable clock:
// CLOCK_START puts "now" just before 09:00 UTC and SCHEDULE_CRON ticks every second.
const DAY1 = '2026-11-23T08:59:42Z';
const DAY2 = '2026-11-24T08:59:52Z';
const moderator = { memberPermissions: ALL_PERMISSIONS };

let fake: FakeDiscord;
let workspace: BotWorkspace;
let bot: BotProcess;
const ch: Record<string, string> = {};

function env(clockStart: string): Record<string, string> {
  return botEnv(fake, workspace, { CLOCK_START: clockStart, SCHEDULE_CRON: '* * * * * *', LOG_LEVEL: 'info' });
}

function messagesIn(name: string) {
  return fake.channelMessages(ch[name] ?? '').filter((m) => m.authorId === fake.botUser.id);
}

beforeAll(async () => {
  fake = await startFakeDiscord({
    guilds: [{
      name: 'Lab',
      channels: [
        { name: 'general' }, { name: 'utc' }, { name: 'berlin' }, { name: 'newyork' }, { name: 'doomed' },
        { name: 'readonly', botPermissions: DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.SendMessages },
      ],
    }],
  });
  for (const name of ['general', 'utc', 'berlin', 'newyork', 'doomed', 'readonly']) ch[name] = fake.channelId(name);
  workspace = createWorkspace();
  bot = await spawnBot({ env: env(DAY1), readyPattern: 'ready', readyTimeoutMs: 30_000 });
}, 60_000);

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('subscriptions and the daily digest (end to end)', () => {
  it('refuses /subscribe without Manage Channels and saves nothing', async () => {
    const result = await fake.sendCommand({ name: 'subscribe', options: { topics: 'kv cache' } }).waitForResponse();
    expect(result.message?.ephemeral).toBe(true);
    expect(result.message?.content).toMatch(/Manage Channels/);
    const list = await fake.sendCommand({ name: 'subscriptions' }).waitForResponse();
    expect(list.message?.content).toMatch(/No channel in this server has a digest/);
  });

  it('registers /subscribe and /unsubscribe for Manage Channels by default, guild-only', () => {
    const commands = fake.registeredCommands(fake.defaultGuildId);
    for (const name of ['subscribe', 'unsubscribe']) {
      const command = commands.find((c) => c.name === name);
      expect(command?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
    }
  });

  it('refuses a channel the bot cannot post in, and bad options, before saving', async () => {
    const readonly = await fake.sendCommand({ name: 'subscribe', options: { channel: ch.readonly ?? '' }, ...moderator }).waitForResponse();
    expect(readonly.message?.content).toMatch(/missing \*\*Send Messages\*\*/);
    const zone = await fake.sendCommand({ name: 'subscribe', options: { timezone: 'Europe/Berln' }, ...moderator }).waitForResponse();
    expect(zone.message?.content).toMatch(/not a time zone I know\. Did you mean `Europe\/Berlin`/);
    const time = await fake.sendCommand({ name: 'subscribe', options: { time: '25:61' }, ...moderator }).waitForResponse();
    expect(time.message?.content).toMatch(/not a time of day/);
    const many = await fake.sendCommand({ name: 'subscribe', options: { topics: 'a1,b2,c3,d4,e5,f6' }, ...moderator }).waitForResponse();
    expect(many.message?.content).toMatch(/at most 5/);
    const list = await fake.sendCommand({ name: 'subscriptions' }).waitForResponse();
    expect(list.message?.content).toMatch(/No channel/);
  });

  it('saves subscriptions in several time zones and says when the first digest comes', async () => {
    const utc = await fake.sendCommand({ name: 'subscribe', channelId: ch.utc ?? '', options: { topics: 'linear attention', time: '09:00', timezone: 'UTC', count: 3 }, ...moderator }).waitForResponse();
    expect(utc.message?.ephemeral).toBe(true);
    expect(utc.message?.content).toMatch(/^Subscribed: <#\d+> gets \*\*3\*\* papers daily at \*\*09:00 UTC\*\* on `linear attention`/);
    expect(utc.message?.content).toContain(`<t:${Date.parse('2026-11-23T09:00:00Z') / 1000}:F>`);
    expect(utc.message?.content).toMatch(/\d+ papers? in the current digests match/);
    // 10:00 in Berlin and 04:00 in New York are both 09:00 UTC on this date.
    await fake.sendCommand({ name: 'subscribe', options: { channel: ch.berlin ?? '', topics: 'quantization, kv cache', time: '10:00', timezone: 'Europe/Berlin', count: 2 }, ...moderator }).waitForResponse();
    await fake.sendCommand({ name: 'subscribe', options: { channel: ch.newyork ?? '', time: '4:00', timezone: 'America/New_York' }, ...moderator }).waitForResponse();
    await fake.sendCommand({ name: 'subscribe', options: { channel: ch.doomed ?? '', time: '09:00' }, ...moderator }).waitForResponse();
    fake.deleteChannel(ch.doomed ?? '');
    const list = await fake.sendCommand({ name: 'subscriptions' }).waitForResponse();
    expect(list.message?.embeds[0]?.fields).toHaveLength(4);
  });

  it('delivers each digest once at its local time, pausing the deleted channel, through a 429 storm', async () => {
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 429, headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 0.3, global: false }, times: 4 });
    await waitUntil(() => ['utc', 'berlin', 'newyork'].every((n) => messagesIn(n).length === 1), 'three digests', 45_000);
    const utc = messagesIn('utc')[0]!;
    expect(utc.embeds[0]?.title).toMatch(/^Trending papers on linear attention · Mon 23 Nov/);
    expect(listedPaperIds(utc)).toHaveLength(3);
    expect(utc.nonce).toMatch(/^pb/);
    expect(utc.allowedMentions).toEqual({ parse: [] });
    expect(listedPaperIds(messagesIn('berlin')[0]!)).toHaveLength(2);
    expect(listedPaperIds(messagesIn('newyork')[0]!)).toHaveLength(5);
    expect(fake.requests.some((r) => r.status === 429 && r.path.endsWith('/messages'))).toBe(true);
    await bot.waitForLog((l) => l.json?.msg === 'digest run' && Number(l.json.paused) >= 1, 20_000);
  });

  it('posts nothing more that day, and /subscriptions tells how each delivery went', async () => {
    await new Promise((r) => setTimeout(r, 2500));
    for (const n of ['utc', 'berlin', 'newyork']) expect(messagesIn(n)).toHaveLength(1);
    const list = await fake.sendCommand({ name: 'subscriptions' }).waitForResponse();
    const text = (list.message?.embeds[0]?.fields ?? []).map((f) => f.value).join('\n');
    expect(text).toContain('Last: 2026-11-23: delivered 3 papers');
    expect(text).toMatch(/Paused: channel deleted/);
  });

  it('opens a listed paper from the digest menu, privately', async () => {
    const digest = messagesIn('utc')[0]!;
    const id = listedPaperIds(digest)[0] ?? '';
    const opened = await fake.selectMenu({ customId: 'pick:digest', values: [id], message: digest }).waitForResponse();
    expect(opened.message?.ephemeral).toBe(true);
    expect(opened.message?.embeds[0]?.footer?.text).toMatch(/^Daily Papers · /);
    expect(opened.message?.embeds[0]?.footer?.text?.endsWith(` · id: ${id}`)).toBe(true);
  });

  it('the next day, after a restart, brings a new digest with no paper repeated', async () => {
    const firstDay = new Map(['utc', 'berlin', 'newyork'].map((n) => [n, listedPaperIds(messagesIn(n)[0]!)]));
    await bot.stop();
    bot = await spawnBot({ env: env(DAY2), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    await waitUntil(() => ['utc', 'berlin', 'newyork'].every((n) => messagesIn(n).length === 2), 'day-2 digests', 45_000);
    for (const [name, before] of firstDay) {
      const after = listedPaperIds(messagesIn(name)[1]!);
      expect(after.length).toBeGreaterThan(0);
      for (const id of after) expect(before).not.toContain(id);
    }
    expect(messagesIn('utc')[1]?.embeds[0]?.title).toMatch(/Tue 24 Nov/);
  });

  it('drops one topic, then the whole subscription', async () => {
    const drop = await fake.sendCommand({ name: 'unsubscribe', options: { channel: ch.berlin ?? '', topic: 'kv cache' }, ...moderator }).waitForResponse();
    expect(drop.message?.content).toMatch(/Dropped “kv cache”.*now follows `quantization`/);
    const last = await fake.sendCommand({ name: 'unsubscribe', options: { channel: ch.berlin ?? '', topic: 'quantization' }, ...moderator }).waitForResponse();
    expect(last.message?.content).toMatch(/only topic/);
    const all = await fake.sendCommand({ name: 'unsubscribe', options: { channel: ch.berlin ?? '' }, ...moderator }).waitForResponse();
    expect(all.message?.content).toMatch(/Stopped the daily digest/);
    const denied = await fake.sendCommand({ name: 'unsubscribe', options: { channel: ch.utc ?? '' } }).waitForResponse();
    expect(denied.message?.content).toMatch(/Manage Channels/);
  });

  it('/trending answers on demand, ranked like the digest', async () => {
    const result = await fake.sendCommand({ name: 'trending', options: { topic: 'speculative decoding', count: 3 } }).waitForResponse();
    expect(result.message?.embeds[0]?.title).toBe('Trending now on speculative decoding');
    expect(listedPaperIds(result.message!)).toHaveLength(3);
  });

  it('answered within 3 s and touched no unknown route', () => {
    expect(fake.unknownRoutes).toEqual([]);
  });
});
