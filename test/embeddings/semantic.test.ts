import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEmbedder, EmbeddingsError, normalize } from '../../src/embeddings/embeddingsClient.js';
import { EMBEDDING_RUN, SemanticIndex } from '../../src/embeddings/semanticIndex.js';
import { loadVectors, vectorFilePath } from '../../src/embeddings/vectorFile.js';
import { EXACT_WORK, VectorIndex } from '../../src/embeddings/vectorIndex.js';
import { createLogger } from '../../src/logger.js';
import { fuse, reciprocalRankFusion, RRF_K, weightedSum } from '../../src/search/fuseRanks.js';
import { related } from '../../src/search/related.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { libraryOf, makePaper } from '../answer/fixtures.js';
import { startFakeEmbeddings, type FakeEmbeddings } from '../helpers/fakeEmbeddings/index.js';

let fake: FakeEmbeddings;
let dir: string;
const lines: string[] = [];
const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
const config = (over: Partial<{ timeoutMs: number; model: string }> = {}) => ({ baseUrl: fake.url, model: over.model ?? 'stand-in', apiKey: 'sk-embed-secret', timeoutMs: over.timeoutMs ?? 500 });
const noWait = { sleep: () => Promise.resolve() };

const papers = [
  makePaper({ id: 'quant', title: 'Post-Training Quantization of Large Language Models', abstract: 'We quantize weights to four bits after training.' }),
  makePaper({ id: 'prune', title: 'Layerwise Pruning for Transformers', abstract: 'We prune attention heads layer by layer.' }),
  makePaper({ id: 'robots', title: 'Robot Grasping from Demonstrations', abstract: 'Robots learn to grasp objects from a few demonstrations.' }),
  makePaper({ id: 'sched', title: 'Learning Rate Schedules', abstract: 'Warmup and cosine decay for stable optimisation.' }),
];

beforeAll(async () => {
  fake = await startFakeEmbeddings(64);
  dir = mkdtempSync(path.join(tmpdir(), 'paperboy-embed-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('configuration', () => {
  it('is off unless both the URL and the model are set, and names the variables when half set', () => {
    expect(loadConfig({}).embeddings).toBeNull();
    expect(loadConfig({ EMBEDDINGS_BASE_URL: 'http://127.0.0.1:11434/v1/', EMBEDDINGS_MODEL: 'nomic-embed-text' }).embeddings).toEqual({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'nomic-embed-text', apiKey: null, timeoutMs: 800 });
    expect(() => loadConfig({ EMBEDDINGS_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL/);
    expect(() => loadConfig({ EMBEDDINGS_BASE_URL: 'ftp://x', EMBEDDINGS_MODEL: 'm' })).toThrow(/EMBEDDINGS_BASE_URL/);
    expect(() => loadConfig({ EMBEDDINGS_TIMEOUT_MS: '5' })).toThrow(/EMBEDDINGS_TIMEOUT_MS/);
  });
});

describe('the embeddings client', () => {
  it('sends the model and key, and returns unit vectors in order', async () => {
    const vectors = await createEmbedder(config())(['shrinking llms', 'robot grasping']);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]?.length).toBe(64);
    expect(vectors.every((v) => Math.abs(Math.hypot(...v) - 1) < 1e-5)).toBe(true);
    expect(fake.requests.at(-1)).toMatchObject({ model: 'stand-in', authorization: 'Bearer sk-embed-secret' });
  });

  it('marks 429 and 5xx retryable, a malformed answer not', async () => {
    fake.faults.failNext = 1;
    fake.faults.failStatus = 503;
    await expect(createEmbedder(config())(['x'])).rejects.toMatchObject({ retryable: true });
    const broken = createEmbedder(config(), (() => Promise.resolve(new Response('{"data": [{"embedding": [1, "x"]}]}', { status: 200 }))));
    await expect(broken(['x'])).rejects.toBeInstanceOf(EmbeddingsError);
    await expect(broken(['x'])).rejects.toMatchObject({ retryable: false });
  });
});

describe('paper vectors', () => {
  it('finds the nearest exactly while small and through sign bits past EXACT_WORK, with the same answer', () => {
    const dim = 32;
    const count = Math.ceil(EXACT_WORK / dim) + 10;
    const data = new Float32Array(count * dim);
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
    for (let i = 0; i < data.length; i += 1) data[i] = rnd();
    for (let r = 0; r < count; r += 1) normalize(data.subarray(r * dim, (r + 1) * dim));
    const ids = Array.from({ length: count }, (_, i) => `p${i}`);
    const big = new VectorIndex('m', dim, ids, data);
    const query = Float32Array.from(data.subarray(5 * dim, 6 * dim));
    const top = big.topK(query, 5);
    expect(top[0]).toMatchObject({ id: 'p5' });
    expect(top[0]?.score).toBeCloseTo(1, 5);
    const small = new VectorIndex('m', dim, ids.slice(0, 1000), data.subarray(0, 1000 * dim));
    expect(small.topK(query, 3)[0]?.id).toBe('p5');
    expect(big.topK(query, 3, (id) => id !== 'p5')[0]?.id).not.toBe('p5');
    expect(big.topK(new Float32Array(dim + 1), 3)).toEqual([]);
  });

  it('appends without duplicates and refuses vectors of another length', () => {
    const a = VectorIndex.empty('m', 2).withAdded(['x', 'y'], [Float32Array.of(1, 0), Float32Array.of(0, 1)]);
    const b = a.withAdded(['y', 'z', 'w'], [Float32Array.of(0, 1), Float32Array.of(0.6, 0.8), Float32Array.of(1, 0, 0)]);
    expect(b.ids).toEqual(['x', 'y', 'z']);
    expect(a.ids).toEqual(['x', 'y']);
    expect([...(b.vectorOf('z') ?? [])]).toEqual([expect.closeTo(0.6, 5), expect.closeTo(0.8, 5)]);
  });
});

describe('embedding the catalogue', () => {
  it('embeds every paper once in batches, saves them, and after a restart embeds only new papers', async () => {
    const cacheDir = path.join(dir, 'cache-1');
    const many = Array.from({ length: EMBEDDING_RUN.batch + 3 }, (_, i) => makePaper({ id: `paper-${i}`, title: `Paper ${i}`, abstract: `Abstract ${i}.` }));
    const first = new SemanticIndex({ config: config(), cacheDir, logger, ...noWait });
    const before = fake.requests.length;
    expect(await first.sync(many, new AbortController().signal)).toBe(many.length);
    expect(fake.requests.length - before).toBe(2);
    const saved = await loadVectors(vectorFilePath(cacheDir, 'stand-in'), 'stand-in');
    expect(saved?.count).toBe(many.length);
    expect(await loadVectors(vectorFilePath(cacheDir, 'stand-in'), 'another-model')).toBeNull();

    const restarted = new SemanticIndex({ config: config(), cacheDir, logger, ...noWait });
    await restarted.load();
    const added = makePaper({ id: 'paper-new', title: 'A New Paper', abstract: 'New.' });
    const sent = fake.embedded();
    expect(await restarted.sync([...many, added], new AbortController().signal)).toBe(1);
    expect(fake.embedded() - sent).toBe(1);
  });

  it('backs off on 429 and goes on; gives up on a model answering another vector length', async () => {
    const pauses: number[] = [];
    const cacheDir = path.join(dir, 'cache-2');
    fake.faults.failNext = 2;
    fake.faults.failStatus = 429;
    const semantic = new SemanticIndex({ config: config(), cacheDir, logger, sleep: (ms) => { pauses.push(ms); return Promise.resolve(); } });
    expect(await semantic.sync(papers.slice(0, 2), new AbortController().signal)).toBe(2);
    expect(pauses).toEqual([EMBEDDING_RUN.firstPauseMs, 2 * EMBEDDING_RUN.firstPauseMs]); // Retry-After: 0 says nothing; the pause doubles
    fake.faults.dim = 16;
    expect(await semantic.sync(papers, new AbortController().signal)).toBe(0);
    fake.faults.dim = null;
    expect(lines.some((l) => l.includes('another length'))).toBe(true);
    expect(lines.some((l) => l.includes('sk-embed-secret'))).toBe(false);
  });

  it('a damaged vectors file is ignored', async () => {
    const cacheDir = path.join(dir, 'cache-3');
    const semantic = new SemanticIndex({ config: config(), cacheDir, logger, ...noWait });
    await semantic.sync(papers, new AbortController().signal);
    writeFileSync(vectorFilePath(cacheDir, 'stand-in'), 'not vectors');
    const again = new SemanticIndex({ config: config(), cacheDir, logger, ...noWait });
    await again.load();
    expect(again.current()).toBeNull();
  });
});

describe('queries', () => {
  it('embeds a query, and falls back to words (null) when slow, failing or of the wrong length', async () => {
    const semantic = new SemanticIndex({ config: config({ timeoutMs: 100 }), cacheDir: path.join(dir, 'cache-4'), logger, ...noWait });
    expect(await semantic.queryVector('anything')).toBeNull(); // no paper vectors yet
    await semantic.sync(papers, new AbortController().signal);
    expect(await semantic.queryVector('shrinking llms')).toHaveLength(64);
    fake.faults.only = 'queries';
    fake.faults.delayMs = 400;
    const started = Date.now();
    expect(await semantic.queryVector('slow query')).toBeNull();
    expect(Date.now() - started).toBeLessThan(350);
    fake.faults.delayMs = 0;
    fake.faults.failNext = 1;
    expect(await semantic.queryVector('failing query')).toBeNull();
    fake.faults.dim = 8;
    expect(await semantic.queryVector('wrong length query')).toBeNull();
    fake.faults.dim = null;
    fake.faults.only = null;
  });
});

describe('fusing words and meaning', () => {
  it('reciprocal rank fusion adds 1/(k + rank); the weighted sum scales each list by its best', () => {
    const words = [{ id: 'a', score: 10 }, { id: 'b', score: 5 }];
    const meaning = [{ id: 'c', score: 0.9 }, { id: 'a', score: 0.8 }];
    expect(reciprocalRankFusion([words, meaning]).get('a')).toBeCloseTo(1 / (RRF_K + 1) + 1 / (RRF_K + 2));
    expect(fuse(words, meaning, 'rrf')[0]?.id).toBe('a');
    expect(weightedSum(words, meaning, 0.6).get('b')).toBeCloseTo(0.3);
    expect(fuse(words, meaning, 'weighted').map((r) => r.id)).toEqual(['a', 'b', 'c']); // words weigh 0.75 by default
  });

  it('/search finds a paper by meaning that shares no word with the topic, marked as such; related papers too', async () => {
    const library = libraryOf(papers);
    const semantic = new SemanticIndex({ config: config(), cacheDir: path.join(dir, 'cache-5'), logger, ...noWait });
    await semantic.sync(papers, new AbortController().signal);
    const vectors = semantic.current();
    const query = await semantic.queryVector('squeezing');
    if (vectors === null || query === null) throw new Error('test: no vectors');
    const byWords = searchPapers(library, 'squeezing', { limit: 5 }).hits.map((h) => h.paper.id);
    expect(byWords).toEqual([]);
    const fused = searchPapers(library, 'squeezing', { limit: 5, meaning: { vectors, query } }).hits;
    const prune = fused.find((h) => h.paper.id === 'prune');
    expect(prune?.byMeaning).toBe(true);
    expect(fused.findIndex((h) => h.paper.id === 'quant')).toBeLessThan(fused.findIndex((h) => h.paper.id === 'robots'));
    expect(related(library, 'quant', 2, vectors).map((h) => h.paper.id)).toContain('prune');
  });
});
