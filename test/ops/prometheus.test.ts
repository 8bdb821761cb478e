import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.js';
import { parsePrometheus, sampleSum } from '../helpers/prometheus.js';

describe('metrics', () => {
  it('renders every series paperboy promises, in a text format that parses back', async () => {
    const metrics = createMetrics();
    metrics.interaction('/paper', 'command', 'ok', 0.012);
    metrics.interaction('/paper', 'autocomplete', 'ok', 0.002);
    metrics.interaction('/ask', 'command', 'error', 4);
    metrics.digestPost('delivered');
    metrics.digestPost('delivered');
    metrics.digestPost('failed');
    metrics.feedFetches('ok', 3);
    metrics.feedFetches('failed', 0);
    metrics.watch({ papers: () => 1234, shards: () => [{ id: 0, status: 'ready', pingMs: 42 }, { id: 1, status: 'resuming', pingMs: null }] });
    const { contentType, text } = await metrics.render();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(text);
    expect(sampleSum(samples, 'paperboy_interactions_total', { command: '/paper' })).toBe(2);
    expect(sampleSum(samples, 'paperboy_interactions_total', { outcome: 'error' })).toBe(1);
    expect(sampleSum(samples, 'paperboy_interaction_duration_seconds_bucket', { command: '/ask', le: '3' })).toBe(0);
    expect(sampleSum(samples, 'paperboy_interaction_duration_seconds_bucket', { command: '/ask', le: '5' })).toBe(1);
    expect(sampleSum(samples, 'paperboy_digests_total', { outcome: 'delivered' })).toBe(2);
    expect(sampleSum(samples, 'paperboy_digests_total', { outcome: 'failed' })).toBe(1);
    expect(sampleSum(samples, 'paperboy_feed_fetches_total', { outcome: 'ok' })).toBe(3);
    expect(samples.find((s) => s.name === 'paperboy_feed_fetches_total' && s.labels.outcome === 'failed')?.value).toBe(0);
    expect(sampleSum(samples, 'paperboy_papers')).toBe(1234);
    expect(sampleSum(samples, 'paperboy_shard_ping_seconds', { shard: '0' })).toBeCloseTo(0.042);
    expect(samples.some((s) => s.name === 'paperboy_shard_ping_seconds' && s.labels.shard === '1')).toBe(false);
    expect(sampleSum(samples, 'paperboy_shard_ready', { shard: '1' })).toBe(0);
    expect(sampleSum(samples, 'paperboy_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('two registries never share counts (each process, and each test, has its own)', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.digestPost('delivered');
    expect(sampleSum(parsePrometheus((await b.render()).text), 'paperboy_digests_total')).toBe(0);
  });

  it('the parser refuses a line that is not a sample', () => {
    expect(() => parsePrometheus('paperboy_x{a="1"} 2\nnot a sample')).toThrow('prometheus: not a sample line: not a sample');
    expect(parsePrometheus('# HELP x y\nx{a="q\\"uote"} 3')).toEqual([{ name: 'x', labels: { a: 'q"uote' }, value: 3 }]);
  });
});
