import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../../support/botEnv.js';

// SIGTERM while /ask waits on a model that takes far longer than the shutdown drain: the model
// call is aborted and the user gets the extractive answer, not "thinking…" forever.
let fake: FakeDiscord;
let workspace: BotWorkspace;
let llm: Server;
let llmUrl = '';
let requests = 0;
let aborted = 0;

beforeAll(async () => {
  fake = await startFakeDiscord();
  workspace = createWorkspace();
  // A model that never answers (within the test's lifetime).
  llm = createServer((req) => {
    requests += 1;
    req.resume();
    req.socket.once('close', () => {
      aborted += 1;
    });
  });
  await new Promise<void>((resolve) => llm.listen(0, '127.0.0.1', resolve));
  llmUrl = `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await stopAllBots();
  llm.closeAllConnections();
  llm.close();
  await fake.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('shutdown with a slow model (end to end)', () => {
  it('answers an /ask in flight extractively before exiting', async () => {
    const bot = await spawnBot({ env: botEnv(fake, workspace, { LLM_BASE_URL: llmUrl, LLM_MODEL: 'slow', LLM_TIMEOUT_MS: '60000' }), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    const ask = fake.sendCommand({ name: 'ask', options: { question: 'How much faster is FlashAttention?' } });
    expect((await ask.waitForCallback({ timeoutMs: 10_000 })).callbackType).toBe(5);
    await waitUntil(() => requests > 0, 'the model request', 10_000);
    const stoppedAt = Date.now();
    bot.kill('SIGTERM');
    const result = await ask.waitForResponse({ timeoutMs: 15_000 });
    const body = [result.message?.content ?? '', ...(result.message?.embeds ?? []).map((e) => e.description ?? '')].join('\n');
    expect(body).toContain('FlashAttention');
    expect(await bot.waitForExit(15_000)).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(aborted).toBeGreaterThan(0);
    expect(bot.logs.find((l) => l.msg === 'answer-llm: model unavailable; answering without it')?.reason).toBe('paperboy is shutting down');
  }, 60_000);
});
