import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * What paperboy knows of the Daily Papers feed besides the papers' text, kept beside the digests
 * as `DIGESTS_DIR/.daily-papers.json` (a dot-file, so the loader never reads it as a digest and
 * it never changes the search index's key): which listing days were fetched, and each paper's
 * latest live numbers. Papers' text lives in `daily-papers-<day>-NN.json` digest files, which
 * the loader and the incremental indexer read like any other digest.
 */
export const FEED_STATE_FILE = '.daily-papers.json';

const nullableCount = z.number().int().nonnegative().nullable();

/** The latest numbers the feed gave for one paper (refreshed in place, never re-indexed). */
export const liveStatSchema = z.object({
  upvotes: nullableCount,
  comments: nullableCount,
  githubRepo: z.string().nullable(),
  githubStars: nullableCount,
  projectPage: z.string().nullable(),
  tldr: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});
export type LiveStat = z.infer<typeof liveStatSchema>;

const daySchema = z.object({
  /** When the day's list was last fetched (ISO time). */
  fetchedAt: z.string(),
  /** Fetched after the listing day ended (UTC): its numbers are final. */
  final: z.boolean(),
  /** Source ids of the papers stored for that day (their text is in the day's digest files). */
  ids: z.array(z.string()),
  /** Digest files written for the day, in order. */
  files: z.array(z.string()),
});
export type FeedDay = z.infer<typeof daySchema>;

const fetchSchema = z.object({ at: z.string(), day: z.string(), ok: z.boolean(), detail: z.string() });
export type FeedFetchRecord = z.infer<typeof fetchSchema>;

export const feedStateSchema = z.object({
  version: z.literal(1),
  days: z.record(z.string(), daySchema),
  /** Live numbers by arXiv id (or the source's id when it has none). */
  stats: z.record(z.string(), liveStatSchema),
  lastFetch: fetchSchema.nullable(),
  lastSuccess: fetchSchema.nullable(),
});
export type FeedState = z.infer<typeof feedStateSchema>;

export function emptyFeedState(): FeedState {
  return { version: 1, days: {}, stats: {}, lastFetch: null, lastSuccess: null };
}

/**
 * Reads the feed state of a digest folder. A missing file is a fresh install; a damaged one is
 * reported (the caller logs it) and treated as empty — the day files stay, so nothing is lost but
 * live numbers until the next poll.
 */
export async function readFeedState(dir: string): Promise<{ state: FeedState; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(path.join(dir, FEED_STATE_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { state: emptyFeedState(), problem: code === 'ENOENT' ? null : `feed: ${FEED_STATE_FILE} cannot be read (${code ?? 'error'})` };
  }
  try {
    const parsed = feedStateSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: parsed.data, problem: null };
    return { state: emptyFeedState(), problem: `feed: ${FEED_STATE_FILE} is not a feed state (${parsed.error.issues[0]?.path.join('.') ?? ''}); starting afresh` };
  } catch {
    return { state: emptyFeedState(), problem: `feed: ${FEED_STATE_FILE} is not valid JSON; starting afresh` };
  }
}

/** Writes a file whole or not at all: a temporary file renamed over the old one. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temp, text);
  await rename(temp, file);
}

/** Saves the feed state (atomically, so a crash leaves the old or the new state, never half). */
export async function writeFeedState(dir: string, state: FeedState): Promise<void> {
  await writeAtomically(path.join(dir, FEED_STATE_FILE), JSON.stringify(state));
}
