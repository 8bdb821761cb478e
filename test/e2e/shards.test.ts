// Two real bot processes split four shards over 104 servers, as two processes on one machine (or
// two machines) would: each answers the interactions of its own shards' servers, every
// interaction is answered by exactly one process, and each delivers the daily digests of its own
// servers only — through one shared PostgreSQL store, as processes on several machines would.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../../support/botEnv.js';
import { databaseName, freshDatabase, releasePg, testPg } from '../../support/postgres.js';
import { listeningPort, sampleSum, scrape } from '../helpers/prometheus.js';

const GUILDS = 104;
const SHARD_COUNT = 4;
/** 09:00 UTC comes about 30 s after the first process starts: time to start both and subscribe everywhere. */
const CLOCK_START = Date.parse('2026-11-23T08:59:30Z');

let fake: FakeDiscord;
let workspace: BotWorkspace;
const bots: { process: BotProcess; ids: number[]; port: number }[] = [];
const guildIds = Array.from({ length: GUILDS }, (_, i) => String((360_000_000_000n + BigInt(i)) << 22n));
const shardOf = (guildId: string): number => Number((BigInt(guildId) >> 22n) % BigInt(SHARD_COUNT));

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: SHARD_COUNT, maxConcurrency: 16, guilds: guildIds.map((id, i) => ({ id, name: `Lab ${i}` })) });
  workspace = createWorkspace();
  const databaseUrl = await freshDatabase((await testPg()).url, databaseName('shards'));
  const spawnedAt = Date.now();
  for (const ids of [[0, 1], [2, 3]]) {
    // Both clocks read the same pretend time, however long the first start took.
    const clock = new Date(CLOCK_START + (Date.now() - spawnedAt)).toISOString();
    const env = botEnv(fake, workspace, {
      DISCORD_GUILD_ID: '', // global commands: they exist in all 104 servers
      SHARD_COUNT: String(SHARD_COUNT),
      SHARD_IDS: ids.join(','),
      INDEX_CACHE_DIR: path.join(workspace.dir, `cache-${ids.join('')}`),
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      CLOCK_START: clock,
      SCHEDULE_CRON: '* * * * * *',
      DATABASE_URL: databaseUrl,
    });
    const process = await spawnBot({ env, readyPattern: 'ready', readyTimeoutMs: 60_000 });
    bots.push({ process, ids, port: listeningPort(process.logs) });
  }
}, 150_000);

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  workspace.cleanup();
  await releasePg();
});

afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
  expect(fake.problems).toEqual([]);
});

/** Which process logged handling this interaction (the dispatcher logs every one at debug level). */
function handlers(interactionId: string): number[] {
  return bots.flatMap((b, i) => (b.process.logs.some((l) => l.msg === 'interaction handled' && l.interactionId === interactionId) ? [i] : []));
}

describe('two processes splitting four shards (end to end)', () => {
  it('each process identifies its own shards and holds only their servers, on one PostgreSQL store', () => {
    for (const bot of bots) expect(bot.process.logs.find((l) => l.msg === 'store opened')).toMatchObject({ kind: 'postgres' });
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 4], [1, 4], [2, 4], [3, 4]]);
    for (const bot of bots) {
      const ready = bot.process.logs.find((l) => l.msg === 'ready');
      const own = guildIds.filter((id) => bot.ids.includes(shardOf(id)));
      expect(own.length).toBeGreaterThan(40);
      expect(ready).toMatchObject({ guilds: own.length, shards: bot.ids, shardCount: SHARD_COUNT });
    }
    expect(fake.registeredCommands().map((c) => c.name)).toContain('subscribe');
  });

  it('every interaction in 104 servers is answered once, by the process that owns its shard', async () => {
    const results: { guildId: string; interactionId: string; content: string }[] = [];
    for (let i = 0; i < guildIds.length; i += 8) {
      const batch = guildIds.slice(i, i + 8).map(async (guildId) => {
        const handle = fake.sendCommand({ name: 'subscribe', guildId, options: { time: '09:00', timezone: 'UTC', count: 2 }, memberPermissions: ALL_PERMISSIONS });
        const result = await handle.waitForResponse({ timeoutMs: 10_000 });
        results.push({ guildId, interactionId: handle.id, content: result.message?.content ?? '' });
      });
      await Promise.all(batch);
    }
    expect(results).toHaveLength(GUILDS);
    for (const r of results) {
      expect(r.content).toMatch(/^Subscribed: <#\d+> gets \*\*2\*\* papers daily at \*\*09:00 UTC\*\*/);
      const owner = bots.findIndex((b) => b.ids.includes(shardOf(r.guildId)));
      await waitUntil(() => handlers(r.interactionId).length > 0, `a log of interaction ${r.interactionId}`, 5_000);
      expect(handlers(r.interactionId)).toEqual([owner]);
    }
    // /status says which shard the server is on, from whichever process owns it.
    for (let shard = 0; shard < SHARD_COUNT; shard++) {
      const guildId = guildIds.find((id) => shardOf(id) === shard) ?? '';
      const status = await fake.sendCommand({ name: 'status', guildId }).waitForResponse();
      expect(status.message?.embeds[0]?.footer?.text).toContain(`shard ${shard} of ${SHARD_COUNT}`);
    }
    // The same split, counted by each process's own /metrics.
    for (const bot of bots) {
      const own = guildIds.filter((id) => bot.ids.includes(shardOf(id))).length;
      expect(sampleSum(await scrape(bot.port), 'paperboy_interactions_total', { command: '/subscribe', outcome: 'ok' })).toBe(own);
    }
  });

  it("at 09:00 every channel gets exactly one digest, posted by its server's process", async () => {
    const channels = guildIds.map((id) => fake.channelIdIn(id, 'general'));
    const posted = (channelId: string) => fake.channelMessages(channelId).filter((m) => m.authorId === fake.botUser.id);
    await waitUntil(() => channels.every((c) => posted(c).length > 0), 'a digest in all 104 channels', 90_000);
    // A few more ticks: nothing is posted twice.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const [i, channelId] of channels.entries()) {
      expect(posted(channelId), `channel of guild ${i}`).toHaveLength(1);
      const owner = bots.findIndex((b) => b.ids.includes(shardOf(guildIds[i] ?? '')));
      const deliveredBy = bots.flatMap((b, n) => (b.process.logs.some((l) => l.msg === 'digest: channel done' && l.channelId === channelId && l.outcome === 'delivered') ? [n] : []));
      expect(deliveredBy).toEqual([owner]);
    }
    let delivered = 0;
    for (const bot of bots) {
      const own = guildIds.filter((id) => bot.ids.includes(shardOf(id))).length;
      const samples = await scrape(bot.port);
      expect(sampleSum(samples, 'paperboy_digests_total', { outcome: 'delivered' })).toBe(own);
      delivered += sampleSum(samples, 'paperboy_digests_total', { outcome: 'delivered' });
      for (const shard of bot.ids) expect(sampleSum(samples, 'paperboy_shard_ready', { shard: String(shard) })).toBe(1);
      expect(sampleSum(samples, 'paperboy_papers')).toBeGreaterThan(100);
      const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { shards: { id: number }[] }).shards.map((s) => s.id)).toEqual(bot.ids);
    }
    expect(delivered).toBe(GUILDS);
  }, 120_000);
});
