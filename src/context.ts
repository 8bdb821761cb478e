import type { Config } from './config.js';
import type { VectorIndex } from './embeddings/vectorIndex.js';
import type { FeedStatus } from './feed/feedPoller.js';
import type { Logger } from './logger.js';
import type { StoreHealth } from './ops/health.js';
import type { Metrics } from './ops/metrics.js';
import type { Sharding } from './shard/shardOf.js';
import type { Library } from './search/library.js';
import type { Store } from './store/store.js';

/** Where "now" comes from: the wall clock in production, anything in tests. */
export interface Clock {
  now(): Date;
}

/** A clock starting at `start` and running at real speed (used with CLOCK_START for demos and tests). */
export function offsetClock(start: Date | null): Clock {
  if (start === null) return { now: () => new Date() };
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/**
 * Holds the current library. A reload builds a new one and swaps it in one assignment, so a query
 * that already took `current()` finishes on the old one and nothing ever sees half an index.
 */
export class LibraryHolder {
  #library: Library;
  constructor(library: Library) {
    this.#library = library;
  }
  current(): Library {
    return this.#library;
  }
  swap(next: Library): void {
    this.#library = next;
  }
  /** Swaps only if `expected` is still current (a background upgrade never undoes a newer reload). */
  replace(expected: Library, next: Library): boolean {
    if (this.#library !== expected) return false;
    this.#library = next;
    return true;
  }
}

/** Everything a handler or job needs, built once in the entry point and passed in. */
export interface AppContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly library: LibraryHolder;
  /** Subscriptions and deliveries (SQLite, or PostgreSQL when DATABASE_URL is set). */
  readonly store: Store;
  /** Aborted when paperboy starts shutting down: slow waits (a model call) give up so replies go out in time. */
  readonly shutdown: AbortSignal;
  /** The live Daily Papers feed, or null when DIGEST_FEED_URL=off. */
  readonly feed: FeedView | null;
  /** When this process started serving (for /status uptime). */
  readonly startedAt: Date;
  /** The shards this process runs, of how many (one of one without sharding). */
  readonly sharding: Sharding;
  /** Counters and histograms for /metrics (kept even when HTTP_PORT is unset: counting is cheap). */
  readonly metrics: Metrics;
  /** Whether the store can be used right now, for /healthz (SQLite: the file is still the one opened). */
  readonly checkStore: () => Promise<StoreHealth>;
  /** Search by meaning, when EMBEDDINGS_BASE_URL is set (absent otherwise: words alone). */
  readonly semantic?: SemanticView;
}

/** What commands see of search by meaning: the paper vectors so far, and a query's vector (null = search by words). */
export interface SemanticView {
  current(): VectorIndex | null;
  queryVector(text: string, signal?: AbortSignal): Promise<Float32Array | null>;
}

/** What commands may see of the feed: how it went, and when it runs next. */
export interface FeedView {
  status(): FeedStatus;
  /** Next scheduled poll (wall-clock), null before polling started. */
  nextPoll(): Date | null;
}
