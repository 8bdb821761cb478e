import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type InteractionResult } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, type BotWorkspace } from '../../support/botEnv.js';

// /ask through the real bot process: extractive answers, the "Ask about this paper" modal, and a
// stand-in language model whose invented quotes are rejected.
let fake: FakeDiscord;
let workspace: BotWorkspace;
let bot: BotProcess;
let llm: Server;
let llmMode: 'good' | 'invented' = 'good';
let llmCalls = 0;

function text(result: InteractionResult): string {
  const m = result.message;
  return m === null ? '' : [m.content, ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])].join('\n');
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  workspace = createWorkspace();
  llm = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      llmCalls += 1;
      const prompt = body;
      // The prompt lists papers as "id: <paper id>" lines; cite the first.
      const id = /id: ([a-z0-9-]+)/.exec(prompt)?.[1] ?? 'unknown';
      const quote = llmMode === 'good' ? 'Transformers are slow and memory-hungry on long sequences' : 'FlashAttention runs on quantum computers at 900× speed';
      const content = JSON.stringify({ answer: `Model says: ${quote}.`, citations: [{ id, quote }] });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    });
  });
  await new Promise<void>((resolve) => llm.listen(0, '127.0.0.1', resolve));
  const llmUrl = `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1`;
  bot = await spawnBot({ env: botEnv(fake, workspace, { LLM_BASE_URL: llmUrl, LLM_MODEL: 'stand-in', LLM_API_KEY: 'sk-test-secret-key-123' }), readyPattern: 'ready', readyTimeoutMs: 30_000 });
});

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  llm.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('/ask end to end', () => {
  it('defers, then answers with a quote and a citation', async () => {
    llmMode = 'invented';
    const result = await fake.sendCommand({ name: 'ask', options: { question: 'How much faster is FlashAttention?' } }).waitForResponse({ timeoutMs: 10_000 });
    expect(result.callbackType).toBe(5);
    expect(result.firstResponseMs).toBeLessThan(3000);
    const body = text(result);
    expect(body).toContain('FlashAttention');
    expect(body).not.toContain('quantum computers'); // the model's invented quote was rejected
    expect(result.message?.allowedMentions).toMatchObject({ parse: [] });
  });

  it('uses the model’s phrasing when every quote checks out', async () => {
    llmMode = 'good';
    const calls = llmCalls;
    const result = await fake.sendCommand({ name: 'ask', options: { question: 'What problem does FlashAttention address?' } }).waitForResponse({ timeoutMs: 10_000 });
    expect(llmCalls).toBeGreaterThan(calls);
    expect(text(result)).toContain('Transformers are slow and memory-hungry on long sequences');
  });

  it('says plainly when the abstracts do not answer', async () => {
    const result = await fake.sendCommand({ name: 'ask', options: { question: 'Who won the 2022 World Cup?' } }).waitForResponse({ timeoutMs: 10_000 });
    expect(text(result)).toMatch(/don[’']t|do not|not say|couldn[’']t|no paper/i);
  });

  it('asks about one paper from the /paper button through a modal', async () => {
    const paper = await fake.sendCommand({ name: 'paper', options: { query: 'LLM-FP4' } }).waitForResponse();
    const rows = paper.message?.components as { components: { custom_id?: string; label?: string }[] }[];
    const askId = rows.flatMap((r) => r.components).find((c) => /ask/i.test(c.label ?? ''))?.custom_id ?? '';
    const opened = await fake.clickButton({ customId: askId, message: paper.message! }).waitForResponse();
    expect(opened.callbackType).toBe(9);
    const modalId = opened.modal?.custom_id ?? '';
    const answered = await fake.submitModal({ customId: modalId, fields: { question: 'Where is the code?' } }).waitForResponse({ timeoutMs: 10_000 });
    expect(text(answered)).toContain('github.com/nbasyl/LLM-FP4');
  });

  it('rejects an unknown pinned paper clearly', async () => {
    const result = await fake.sendCommand({ name: 'ask', options: { question: 'What is it?', paper: 'no such paper at all zzz' } }).waitForResponse();
    expect(result.message?.ephemeral).toBe(true);
    expect(result.message?.content).toMatch(/can’t find the paper/);
  });

  it('never logs the model API key', () => {
    expect(bot.lines.some((l) => l.raw.includes('sk-test-secret-key-123'))).toBe(false);
    expect(fake.unknownRoutes).toEqual([]);
  });
});
