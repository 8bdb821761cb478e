import type { Reply } from '../replies/message.js';
import type { Logger } from '../logger.js';
import type { Library } from '../search/library.js';
import type { Store } from '../subscriptions/openStore.js';

/** How a post ended: posted, or why not ('gone' = 404 Unknown Channel, 'forbidden' = 403, 'retry' = anything passing). */
export type PostResult = { ok: true; messageId: string } | { ok: false; kind: 'gone' | 'forbidden' | 'retry'; error: string };

/** The network edge of delivery (implemented with discord.js; faked in tests). */
export interface DigestPoster {
  /** Posts the digest with its nonce (sent with enforce_nonce, so Discord de-duplicates a re-post). */
  post(channelId: string, reply: Reply, nonce: string): Promise<PostResult>;
  /** The id of the bot's recent message in the channel whose embed footer contains `marker`, or null. */
  findPosted(channelId: string, marker: string): Promise<string | null>;
}

/** What the digest job needs, passed in. */
export interface DigestJobDeps {
  store: Store;
  /** The current library (read once per run). */
  library: () => Library;
  poster: DigestPoster;
  logger: Logger;
  /** Most channels handled at once. */
  concurrency: number;
}

/** What one run did, per channel. */
export interface DigestRunSummary {
  delivered: number;
  nothingNew: number;
  paused: number;
  retrying: number;
  failed: number;
  /** Channels whose handling threw unexpectedly (logged; their delivery stays as it was). */
  errors: number;
}

/** One channel's outcome in a run; 'skipped' when another run had already taken the day. */
export type DeliveryOutcome = keyof DigestRunSummary | 'skipped';

/** A summary with every count at zero. */
export function emptySummary(): DigestRunSummary {
  return { delivered: 0, nothingNew: 0, paused: 0, retrying: 0, failed: 0, errors: 0 };
}

/** Throws unless `concurrency` is a whole number of at least 1. */
export function checkConcurrency(concurrency: number): number {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`schedule: concurrency must be a whole number ≥ 1, got ${concurrency}`);
  return concurrency;
}
