import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { loadFeedCorpus, startFakeDailyPapers, type FakeDailyPapers, type FeedCorpus } from '../helpers/fakeDailyPapers/index.js';

let feed: FakeDailyPapers;
let corpus: FeedCorpus;
let dir = '';

beforeAll(async () => {
  corpus = await loadFeedCorpus({ days: 5 });
  feed = await startFakeDailyPapers({ corpus });
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-cli-feed-'));
});

afterAll(async () => {
  await feed.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const now = new Date(`${corpus.today}T12:00:00Z`);
  const code = await runCli(argv, { env: { DIGESTS_DIR: dir, INDEX_CACHE_DIR: path.join(dir, '.cache'), ...env }, out: (t) => out.push(t), err: (t) => err.push(t), now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paperboy CLI: fetch and status', () => {
  it('fetch --date D --days N backfills those listing days by hand; status reports them', async () => {
    const days = [...corpus.days.keys()].slice(-3);
    const fetched = await cli({ DIGEST_FEED_URL: feed.url }, 'fetch', '--date', corpus.today, '--days', '3', '--json');
    expect(fetched.code).toBe(0);
    const result = JSON.parse(fetched.out) as { fetched: string[]; papersAdded: number; failed: unknown };
    expect(result.fetched).toEqual(days);
    expect(result.papersAdded).toBeGreaterThan(10);
    expect(result.failed).toBeNull();
    expect(feed.requests.map((r) => r.date)).toEqual(days);
    expect(readdirSync(dir).filter((f) => f.startsWith('daily-papers-'))).not.toHaveLength(0);
    const status = await cli({ DIGEST_FEED_URL: feed.url }, 'status', '--json');
    expect(status.code).toBe(0);
    const view = JSON.parse(status.out) as { papers: number; newestDay: string; feed: { daysStored: number; lastFetch: { ok: boolean; day: string } } };
    expect(view.papers).toBeGreaterThan(10);
    expect(view.newestDay).toBe(corpus.today);
    expect(view.feed).toMatchObject({ daysStored: 3, lastFetch: { ok: true, day: corpus.today } });
  });

  it('fetch says why it failed and exits 1; refuses a bad --date; says the feed is off', async () => {
    feed.failNext({ status: 503 });
    const failed = await cli({ DIGEST_FEED_URL: feed.url }, 'fetch');
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/failed at \d{4}-\d{2}-\d{2}: HTTP 503/);
    expect((await cli({ DIGEST_FEED_URL: feed.url }, 'fetch', '--date', 'yesterday')).code).toBe(2);
    const off = await cli({ DIGEST_FEED_URL: 'off' }, 'fetch');
    expect(off.code).toBe(2);
    expect(off.err).toMatch(/feed is off/);
  });
});
