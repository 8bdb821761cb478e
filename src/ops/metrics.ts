import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** How an interaction ended: answered, refused with a UserError, or failed unexpectedly. */
export type InteractionOutcome = 'ok' | 'user_error' | 'error';
/** What kind of interaction it was (autocomplete answers are counted apart from commands). */
export type InteractionKind = 'command' | 'autocomplete' | 'component' | 'modal' | 'other';

/** One shard as the gateway reports it, for /healthz and /metrics. */
export interface ShardView {
  id: number;
  /** discord.js's status, lower-cased (`ready`, `resuming`, `disconnected`, …). */
  status: string;
  /** Last heartbeat round trip in ms, or null before the first one. */
  pingMs: number | null;
}

/** What the metrics read at scrape time, wired once the parts exist. */
export interface MetricsSources {
  papers(): number;
  shards(): readonly ShardView[];
}

/** What the rest of paperboy reports; the HTTP endpoint renders it (Prometheus text format). */
export interface Metrics {
  interaction(command: string, kind: InteractionKind, outcome: InteractionOutcome, seconds: number): void;
  digestPost(outcome: 'delivered' | 'failed'): void;
  feedFetches(outcome: 'ok' | 'failed', count: number): void;
  /** Gauges read these on each scrape; until called they report nothing. */
  watch(sources: MetricsSources): void;
  /** The exposition text and its content type. */
  render(): Promise<{ contentType: string; text: string }>;
}

/** Latency buckets around Discord's 3 s answer deadline: most answers take milliseconds, deferrals seconds. */
export const INTERACTION_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30];

/** A registry of its own per call (no prom-client global), with Node's default process metrics. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'paperboy_' });
  let sources: MetricsSources | null = null;
  const interactions = new Counter({ name: 'paperboy_interactions_total', help: 'Interactions handled, by command, kind and outcome.', labelNames: ['command', 'kind', 'outcome'] as const, registers: [registry] });
  const latency = new Histogram({
    name: 'paperboy_interaction_duration_seconds',
    help: 'Time from receiving an interaction to finishing its answer.',
    labelNames: ['command', 'kind'] as const,
    buckets: INTERACTION_SECONDS_BUCKETS,
    registers: [registry],
  });
  const digests = new Counter({ name: 'paperboy_digests_total', help: 'Digest post attempts to channels, by outcome (a failed attempt retried later counts again when it succeeds).', labelNames: ['outcome'] as const, registers: [registry] });
  const feed = new Counter({ name: 'paperboy_feed_fetches_total', help: 'Daily Papers list fetches (one per listing day), by outcome.', labelNames: ['outcome'] as const, registers: [registry] });
  new Gauge({
    name: 'paperboy_papers',
    help: 'Papers in the catalogue.',
    registers: [registry],
    collect() {
      if (sources !== null) this.set(sources.papers());
    },
  });
  new Gauge({
    name: 'paperboy_shard_ping_seconds',
    help: 'Gateway heartbeat round trip of each shard this process runs.',
    labelNames: ['shard'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const shard of sources?.shards() ?? []) if (shard.pingMs !== null) this.set({ shard: String(shard.id) }, shard.pingMs / 1000);
    },
  });
  new Gauge({
    name: 'paperboy_shard_ready',
    help: '1 when the shard is connected and ready, else 0.',
    labelNames: ['shard'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const shard of sources?.shards() ?? []) this.set({ shard: String(shard.id) }, shard.status === 'ready' ? 1 : 0);
    },
  });
  // Both outcomes exist from the start, so a rate() over them never starts from a missing series.
  for (const outcome of ['delivered', 'failed']) digests.inc({ outcome }, 0);
  for (const outcome of ['ok', 'failed']) feed.inc({ outcome }, 0);
  return {
    interaction: (command, kind, outcome, seconds) => {
      interactions.inc({ command, kind, outcome });
      latency.observe({ command, kind }, seconds);
    },
    digestPost: (outcome) => digests.inc({ outcome }),
    feedFetches: (outcome, count) => {
      if (count > 0) feed.inc({ outcome }, count);
    },
    watch: (next) => {
      sources = next;
    },
    render: async () => ({ contentType: registry.contentType, text: await registry.metrics() }),
  };
}
