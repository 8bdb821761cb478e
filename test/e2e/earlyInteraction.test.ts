import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, createWorkspace, type BotWorkspace } from '../../support/botEnv.js';
import { startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots, type BotProcess, type LogLine } from '../../support/spawnBot.js';

/** A digest big enough that indexing it outlasts the gateway handshake (a few seconds, first start). */
function bigDigest(papers: number): string {
  const lines = ['Daily Papers'];
  for (let i = 0; i < papers; i += 1) {
    lines.push(`Synthetic Study Number ${i} of Sparse Widget Routing`);
    lines.push(`We study widget routing variant ${i} and show that sparse routers with ${i} experts reach ${i % 97}.5% accuracy on the widget benchmark while using ${(i % 13) + 2}x less memory than dense routing baselines across many settings and scales.`);
    lines.push('');
  }
  return lines.join('\n');
}

let fake: FakeDiscord;
let workspace: BotWorkspace;
let bot: BotProcess;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.abcdefghijklmnopqrstuvwxyz012345' });
  workspace = createWorkspace({ '900_big.txt': bigDigest(2000) });
  bot = await spawnBot({ env: botEnv(fake, workspace) });
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

describe('an interaction that arrives while the index is still loading', () => {
  it('is held and answered once the library is in, within Discord’s deadline', async () => {
    // The gateway is ready and the commands registered before the library: the bot logs in while it indexes.
    await bot.waitForLog((l: LogLine) => l.json?.msg === 'commands registered', 30_000);
    const sentAt = Date.now();
    expect(bot.lines.some((l) => l.json?.msg === 'ready')).toBe(false);
    const result = await fake.sendCommand({ name: 'paper', options: { query: 'FlashAttention' } }).waitForResponse({ timeoutMs: 30_000 });
    expect(result.message?.embeds[0]?.title).toMatch(/^FlashAttention/);
    const ready = await bot.waitForLog((l: LogLine) => l.json?.msg === 'ready', 30_000);
    const registered = bot.lines.find((l) => l.json?.msg === 'commands registered');
    console.log(`commands registered at +${(registered?.at ?? 0) - (bot.lines[0]?.at ?? 0)} ms, ready at +${ready.at - (bot.lines[0]?.at ?? 0)} ms, answered in ${result.firstResponseMs} ms`);
    expect(ready.at).toBeGreaterThanOrEqual(sentAt);
  }, 60_000);
});

describe('an interaction that would wait past Discord’s deadline', () => {
  it('is told the bot is starting up instead of going unanswered', async () => {
    const slow = createWorkspace({ '900_big.txt': bigDigest(30_000) });
    try {
      const starting = await spawnBot({ env: botEnv(fake, slow) });
      await starting.waitForLog((l: LogLine) => l.json?.msg === 'commands registered', 30_000);
      const result = await fake.sendCommand({ name: 'search', options: { topic: 'kv cache' } }).waitForResponse({ timeoutMs: 10_000 });
      expect(starting.lines.some((l) => l.json?.msg === 'ready')).toBe(false);
      expect(result.message?.ephemeral).toBe(true);
      expect(result.message?.content).toMatch(/starting up/);
      expect(result.firstResponseMs).toBeLessThan(3000);
      // Once ready it answers as usual.
      await starting.waitForLog((l: LogLine) => l.json?.msg === 'ready', 60_000);
      const later = await fake.sendCommand({ name: 'search', options: { topic: 'kv cache' } }).waitForResponse();
      expect(later.message?.embeds[0]?.title).toContain('kv cache');
      await starting.stop();
    } finally {
      slow.cleanup();
    }
  }, 90_000);
});
