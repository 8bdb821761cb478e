import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type InteractionResult } from '../../support/fakeDiscord/index.js';
import { startFakeEmbeddings, type FakeEmbeddings } from '../helpers/fakeEmbeddings/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, type BotWorkspace } from '../../support/botEnv.js';

// Search by meaning through the real bot process: papers embedded in the background by the
// stand-in embeddings server, /search fusing words and meaning, and every fallback to words.
let fake: FakeDiscord;
let embeddings: FakeEmbeddings;
let workspace: BotWorkspace;
let bot: BotProcess;
const KEY = 'sk-embeddings-secret-456';

function allText(result: InteractionResult): string {
  const m = result.message;
  return m === null ? '' : [m.content, ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''])].join('\n');
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  embeddings = await startFakeEmbeddings(64);
  workspace = createWorkspace();
  bot = await spawnBot({
    env: botEnv(fake, workspace, { EMBEDDINGS_BASE_URL: embeddings.url, EMBEDDINGS_MODEL: 'stand-in', EMBEDDINGS_API_KEY: KEY, EMBEDDINGS_TIMEOUT_MS: '400' }),
    readyPattern: 'ready',
    readyTimeoutMs: 30_000,
  });
  await bot.waitForLog('embeddings updated', 30_000);
});

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  await embeddings.close();
  workspace.cleanup();
});

afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
  embeddings.faults.delayMs = 0;
  embeddings.faults.dim = null;
  embeddings.faults.failNext = 0;
  embeddings.faults.only = null;
});

const search = (topic: string) => fake.sendCommand({ name: 'search', options: { topic } }).waitForResponse({ timeoutMs: 10_000 });

describe('search by meaning end to end', () => {
  it('embedded every paper once, in batches, with the key, and logged no key', () => {
    const batches = embeddings.requests.filter((r) => r.input.length > 1 || r.input[0]?.includes('\n') === true);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((r) => r.model === 'stand-in' && r.authorization === `Bearer ${KEY}`)).toBe(true);
    const ids = bot.logs.find((l) => l.msg === 'embeddings updated');
    expect(ids).toMatchObject({ added: expect.any(Number) });
    expect(bot.lines.some((l) => l.raw.includes(KEY))).toBe(false);
  });

  it('/search finds papers close in meaning for words no abstract uses', async () => {
    const before = embeddings.requests.length;
    const result = await search('squeezing');
    expect(embeddings.requests.slice(before).map((r) => r.input)).toContainEqual(['squeezing']);
    expect(result.firstResponseMs).toBeLessThan(3000);
    expect(allText(result)).toContain('close in meaning');
  });

  it('answers by words when the query embedding is late, failing or of the wrong length', async () => {
    embeddings.faults.only = 'queries';
    embeddings.faults.delayMs = 2000;
    const slow = await search('squeezing models');
    expect(slow.firstResponseMs).toBeLessThan(3000);
    expect(allText(slow)).not.toContain('close in meaning');
    embeddings.faults.delayMs = 0;
    embeddings.faults.failNext = 1;
    embeddings.faults.failStatus = 500;
    expect(allText(await search('squeezing weights'))).not.toContain('close in meaning');
    embeddings.faults.dim = 16;
    const wrong = await search('squeezing networks');
    expect(allText(wrong)).not.toContain('close in meaning');
    expect(allText(wrong).length).toBeGreaterThan(0);
    await bot.waitForLog(/wrong length/, 5000);
    await bot.waitForLog(/query not embedded/, 5000);
  });
});
