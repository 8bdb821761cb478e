import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import { readCapped } from '../http/readCapped.js';
import type { Logger } from '../logger.js';
import { parseFeedJson } from './parseFeedJson.js';

/** Limits on the optional daily feed download. */
export const FEED_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 } as const;

export type FeedOutcome = { saved: string; papers: number } | { skipped: string };

/**
 * Fetches DIGEST_FEED_URL (Hugging Face daily-papers JSON) with a time-out and a size cap, checks
 * it with the feed schema, and saves a good answer into the digest folder as `feed-<date>.json`
 * (written to a temporary name, then renamed, so a half-written file is never loaded). Any failure
 * is logged and leaves the folder as it was.
 */
export async function fetchFeed(url: string, dir: string, day: string, logger: Logger, fetchImpl: typeof fetch = fetch, limits: { timeoutMs: number; maxBytes: number } = FEED_LIMITS): Promise<FeedOutcome> {
  const name = `feed-${day}.json`;
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(limits.timeoutMs), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`feed: HTTP ${response.status}`);
    const text = await readCapped(response, limits.maxBytes, 'feed');
    const parsed = parseFeedJson(name, text);
    if (parsed.entries.length === 0) throw new Error(`feed: no usable papers (${parsed.warnings[0] ?? 'empty list'})`);
    const target = path.join(dir, name);
    const temp = path.join(dir, `.${name}.tmp`);
    await writeFile(temp, text);
    await rename(temp, target);
    logger.info('feed saved', { file: name, papers: parsed.entries.length, skipped: parsed.warnings.length });
    return { saved: name, papers: parsed.entries.length };
  } catch (error) {
    const reason = describeError(error).replace(/^\w*Error: /, '');
    logger.warn('feed fetch failed; going on with the digests already there', { error: reason });
    return { skipped: reason };
  }
}
