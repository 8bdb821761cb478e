import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { assessHealth, type StoreHealth } from '../../src/ops/health.js';
import { createMetrics, type ShardView } from '../../src/ops/metrics.js';
import { startOpsServer, STORE_CHECK_TIMEOUT_MS, type OpsServer } from '../../src/ops/opsServer.js';

const ready: ShardView = { id: 0, status: 'ready', pingMs: 40 };

describe('assessHealth', () => {
  it('is 200 only when serving, the store answers and no shard gave up', () => {
    expect(assessHealth({ serving: true, store: { ok: true }, shards: [ready] }).status).toBe(200);
    expect(assessHealth({ serving: false, store: { ok: true }, shards: [ready] }).body.problems).toEqual(['starting: not serving yet']);
    expect(assessHealth({ serving: true, store: { ok: false, reason: 'gone' }, shards: [ready] })).toMatchObject({ status: 503, body: { problems: ['store: gone'] } });
    expect(assessHealth({ serving: true, store: { ok: true }, shards: [{ id: 3, status: 'disconnected', pingMs: null }] }).body.problems).toEqual(['shard 3: disconnected']);
  });

  it('a shard reconnecting or resuming is still healthy (discord.js recovers it by itself)', () => {
    for (const status of ['reconnecting', 'resuming', 'connecting']) {
      expect(assessHealth({ serving: true, store: { ok: true }, shards: [{ id: 0, status, pingMs: null }] }).status).toBe(200);
    }
  });
});

describe('the HTTP endpoint', () => {
  let server: OpsServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function start(checkStore: () => Promise<StoreHealth>, serving = true): Promise<string> {
    server = await startOpsServer(0, '127.0.0.1', { metrics: createMetrics(), logger: silentLogger, serving: () => serving, checkStore, shards: () => [ready] });
    return `http://127.0.0.1:${server.port}`;
  }

  it('answers /healthz with JSON and the right status, /metrics as Prometheus text, anything else 404', async () => {
    const base = await start(() => Promise.resolve({ ok: true }));
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, serving: true, store: { ok: true }, shards: [ready], problems: [] });
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await metrics.text()).toContain('# TYPE paperboy_interactions_total counter');
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('a store check that throws or hangs makes /healthz 503 (the hang after a timeout)', async () => {
    const base = await start(() => Promise.reject(new Error('connection refused')));
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, problems: ['store: Error: connection refused'] });
    await server?.close();
    const hung = await start(() => new Promise(() => undefined));
    const started = Date.now();
    const slow = await fetch(`${hung}/healthz`);
    expect(slow.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(STORE_CHECK_TIMEOUT_MS - 50);
    expect(await slow.json()).toMatchObject({ problems: [`store: no answer within ${STORE_CHECK_TIMEOUT_MS} ms`] });
  });

  it('a taken port fails start-up with the reason', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    await expect(startOpsServer(port, '127.0.0.1', { metrics: createMetrics(), logger: silentLogger, serving: () => true, checkStore: () => Promise.resolve({ ok: true }), shards: () => [] })).rejects.toThrow(/EADDRINUSE/);
    await new Promise((resolve) => taken.close(resolve));
  });
});
