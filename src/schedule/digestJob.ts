import type { Logger } from '../logger.js';
import type { Library } from '../search/library.js';
import type { Store } from '../store/store.js';
import type { DigestView } from '../trending/digestPick.js';

/** How a post ended: posted, or why not ('gone' = 404 Unknown Channel, 'forbidden' = 403, 'retry' = anything passing). */
export type PostResult = { ok: true; messageId: string } | { ok: false; kind: 'gone' | 'forbidden' | 'retry'; error: string };

/**
 * The network edge of delivery (implemented with discord.js in src/discord/restPoster.ts; faked in
 * tests). `Payload` is whatever the payload builder makes; the scheduler only carries it through.
 */
export interface DigestPoster<Payload = unknown> {
  /** Posts the digest with its nonce (sent with enforce_nonce, so Discord de-duplicates a re-post). */
  post(channelId: string, payload: Payload, nonce: string): Promise<PostResult>;
  /** The id of the bot's recent message in the channel whose embed footer contains `marker`, or null. */
  findPosted(channelId: string, marker: string): Promise<string | null>;
}

/**
 * This process's hold on the deliveries it posts: its name, and how long a claim lasts before
 * another process may take the delivery over (DIGEST_LEASE_SECONDS).
 */
export interface LeaseTerms {
  owner: string;
  ms: number;
}

/** What the digest job needs, passed in. */
export interface DigestJobDeps {
  store: Store;
  lease: LeaseTerms;
  /** The current library (read once per run). */
  library: () => Library;
  poster: DigestPoster;
  /**
   * The payload builder (a port: the presentation layer's digestReply, passed in from src/app.ts),
   * so the scheduler never imports the presentation layer or the Discord edge.
   */
  render: (view: DigestView) => unknown;
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
