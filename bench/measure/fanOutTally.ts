import type { FakeDiscord } from '../../support/fakeDiscord/index.js';

/** The bench's 09:00 fan-outs happen on this day (UTC). */
export const FAN_OUT_DAY = '2026-11-23';

const MESSAGES = /^\/channels\/(\d+)\/messages$/;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** How a fan-out went, from what the stand-in saw. */
export interface FanOutTally {
  /** First digest POST → last successful one. */
  spanMs: number;
  lost: number;
  duplicated: number;
  /** Digest POSTs answered 429 by the global limiter. */
  digest429: number;
  posts: number;
}

/**
 * Waits until every channel holds a message of the bot (or a deadline scaled on `floorMs`), a few
 * seconds more for late duplicates, then counts: channels with none, with more than one, and the
 * span and 429s of the digest POSTs.
 */
export async function awaitFanOut(fake: FakeDiscord, channelIds: readonly string[], floorMs: number, settleMs: number): Promise<FanOutTally> {
  const mine = (id: string): number => fake.channelMessages(id).filter((m) => m.authorId === fake.botUser.id).length;
  const deadline = performance.now() + floorMs * 3 + 60_000;
  while (channelIds.some((id) => mine(id) === 0) && performance.now() < deadline) await sleep(250);
  await sleep(settleMs);
  const counts = channelIds.map(mine);
  const posts = fake.requests.filter((r) => r.method === 'POST' && MESSAGES.test(r.path));
  const first = posts.reduce((at, r) => Math.min(at, r.at), Number.POSITIVE_INFINITY);
  const last = posts.filter((r) => r.status < 300).reduce((at, r) => Math.max(at, r.at), Number.NEGATIVE_INFINITY);
  return {
    spanMs: Number.isFinite(last) ? last - first : Number.NaN,
    lost: counts.filter((n) => n === 0).length,
    duplicated: counts.filter((n) => n > 1).length,
    digest429: posts.filter((r) => r.status === 429).length,
    posts: posts.length,
  };
}
