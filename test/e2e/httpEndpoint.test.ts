// The optional HTTP endpoint of the real bot process: /healthz is 503 while it starts, 200 once it
// serves, 503 again when its store is gone; /metrics is Prometheus text that parses back. Also
// SHARD_COUNT=auto (Discord's recommendation) and the empty values a copied .env.example has.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, type BotWorkspace } from '../../support/botEnv.js';
import { listeningPort, sampleSum, scrape } from '../helpers/prometheus.js';

let fake: FakeDiscord | undefined;
let workspace: BotWorkspace | undefined;

afterEach(async () => {
  await stopAllBots();
  const violations = fake?.schemaViolations() ?? [];
  await fake?.close();
  workspace?.cleanup();
  fake = undefined;
  workspace = undefined;
  expect(violations).toEqual([]);
});

async function health(port: number): Promise<{ status: number; body: { ok: boolean; problems: string[]; shards: { id: number; status: string }[] } }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; problems: string[]; shards: { id: number; status: string }[] } };
}

describe('HTTP endpoint (end to end)', () => {
  it('503 while starting, 200 when serving (both recommended shards up), metrics count, 503 when the database file is gone or the shards are', async () => {
    fake = await startFakeDiscord({ shards: 2, maxConcurrency: 16 });
    workspace = createWorkspace();
    // Command registration held back 4 s: the bot is connected but not serving yet.
    fake.failNext({ method: 'PUT', path: /\/commands$/, delayMs: 4_000 });
    const bot = await spawnBot({
      env: botEnv(fake, workspace, { HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', SHARD_COUNT: 'auto' }),
      readyPattern: 'http: listening',
      readyTimeoutMs: 30_000,
    });
    const port = listeningPort(bot.logs);
    const early = await health(port);
    expect(early.status).toBe(503);
    expect(early.body.problems).toContain('starting: not serving yet');

    await bot.waitForLog('ready', 30_000);
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 2], [1, 2]]);
    const up = await health(port);
    expect(up).toMatchObject({ status: 200, body: { ok: true, problems: [] } });
    expect(up.body.shards.map((s) => [s.id, s.status])).toEqual([[0, 'ready'], [1, 'ready']]);

    const answer = await fake.sendCommand({ name: 'help' }).waitForResponse();
    expect(answer.message).not.toBeNull();
    const samples = await scrape(port);
    expect(sampleSum(samples, 'paperboy_interactions_total', { command: '/help', kind: 'command', outcome: 'ok' })).toBe(1);
    expect(sampleSum(samples, 'paperboy_interaction_duration_seconds_count', { command: '/help' })).toBe(1);
    expect(sampleSum(samples, 'paperboy_papers')).toBeGreaterThan(100);
    expect(sampleSum(samples, 'paperboy_shard_ready')).toBe(2);
    expect(samples.some((s) => s.name === 'paperboy_digests_total' && s.labels.outcome === 'failed')).toBe(true);

    rmSync(workspace.databasePath);
    const gone = await health(port);
    expect(gone.status).toBe(503);
    expect(gone.body.problems).toEqual([`store: DATABASE_PATH ${workspace.databasePath} was deleted or replaced`]);

    // Discord closing the sessions with a code discord.js will not reconnect after: the shards are down for good.
    fake.dropConnections(4011);
    await bot.waitForLog('gateway disconnected', 10_000);
    let down = await health(port);
    for (let tries = 0; tries < 50 && down.body.problems.length < 3; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      down = await health(port);
    }
    expect(down.status).toBe(503);
    expect(down.body.problems.slice(1)).toEqual(['shard 0: disconnected', 'shard 1: disconnected']);
    expect(sampleSum(await scrape(port), 'paperboy_shard_ready')).toBe(0);
    expect(await bot.stop()).toBe(0);
  }, 90_000);

  it('the empty SHARD_COUNT= and HTTP_PORT= of a copied .env.example: one shard, no endpoint', async () => {
    fake = await startFakeDiscord();
    workspace = createWorkspace();
    // discord.js itself reads SHARD_COUNT from the environment; an empty one must not reach it.
    const bot = await spawnBot({ env: botEnv(fake, workspace, { SHARD_COUNT: '', SHARD_IDS: '', HTTP_PORT: '' }), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    expect(fake.identify?.shard).toEqual([0, 1]);
    expect(bot.logs.some((l) => l.msg === 'http: listening')).toBe(false);
  }, 60_000);

  it('SHARD_IDS beyond the recommended count stops start-up naming both variables', async () => {
    fake = await startFakeDiscord({ shards: 2 });
    workspace = createWorkspace();
    const bot = await spawnBot({ env: botEnv(fake, workspace, { SHARD_COUNT: 'auto', SHARD_IDS: '1,2' }) });
    expect(await bot.waitForExit(30_000)).toBe(1);
    expect(bot.logs.some((l) => String(l.msg).includes('SHARD_IDS 2 must be below SHARD_COUNT "auto" (Discord recommends 2)'))).toBe(true);
    expect(fake.identifies).toEqual([]);
  }, 60_000);
});
