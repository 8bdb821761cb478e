import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFeedState } from '../../src/digest/feedState.js';
import { createFeedPoller, type FeedPoller } from '../../src/feed/feedPoller.js';
import { silentLogger } from '../../src/logger.js';
import { openLibrary } from '../../src/search/openLibrary.js';
import { loadFeedCorpus, startFakeDailyPapers, type FakeDailyPapers, type FeedCorpus } from '../helpers/fakeDailyPapers/index.js';

let corpus: FeedCorpus;
let feed: FakeDailyPapers;
let dir = '';
let clockAt = new Date();
let stored: { files: string[] }[] = [];

beforeAll(async () => {
  corpus = await loadFeedCorpus({ days: 5 });
});

beforeEach(async () => {
  feed = await startFakeDailyPapers({ corpus });
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-feed-'));
  clockAt = new Date(`${corpus.today}T10:07:00Z`);
  stored = [];
});

afterEach(async () => {
  await feed.close();
  rmSync(dir, { recursive: true, force: true });
});

afterAll(() => undefined);

function poller(limits = { timeoutMs: 2000, maxBytes: 1024 * 1024 }, backfillDays = 3): FeedPoller {
  return createFeedPoller({
    url: feed.url, digestsDir: dir, backfillDays, limits, userAgent: 'paperboy/test', pauseMs: 10,
    clock: { now: () => clockAt }, logger: silentLogger,
    onStored: (change) => {
      stored.push(change);
      return Promise.resolve();
    },
  });
}

describe('the feed poller against the stand-in API', () => {
  it('backfills missing days oldest first, names itself, stores each new paper once and the weekend as a normal empty day', async () => {
    const p = poller();
    const summary = await p.poll();
    const days = [...corpus.days.keys()].slice(-4);
    expect(feed.requests.map((r) => r.date)).toEqual(days);
    expect(feed.requests.every((r) => r.userAgent === 'paperboy/test')).toBe(true);
    expect(summary.failed).toBeNull();
    const { state } = await readFeedState(dir);
    expect(state.days[corpus.special.emptyDay]).toMatchObject({ ids: [], files: [] });
    const valid = days.flatMap((d) => feed.list(d)).length - 2; // the wrong-typed and non-object items
    expect(summary.papersAdded).toBe(valid);
    // Polling again the same hour asks for today only and stores nothing new.
    const again = await p.poll();
    expect(feed.requests.slice(4).map((r) => r.date)).toEqual([corpus.today]);
    expect(again.papersAdded).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort();
    expect(files.filter((f) => !/^daily-papers-\d{4}-\d{2}-\d{2}-01\.json$/.test(f))).toEqual([]);
    const { library } = await openLibrary({ digestsDir: dir, cacheDir: path.join(dir, '.cache'), now: clockAt, logger: silentLogger });
    const twoDays = library.papers.filter((paper) => paper.arxivId === corpus.special.twoDays.paperId);
    expect(twoDays).toHaveLength(1);
    expect(twoDays[0]?.appearances).toHaveLength(2);
    expect(library.papers.find((paper) => paper.arxivId === corpus.special.withdrawn.paperId)?.withdrawnAt).not.toBeNull();
  });

  it('papers added later in the day become one more file; changed upvotes only change the numbers', async () => {
    const p = poller(undefined, 0);
    await p.poll();
    const [first] = feed.list(corpus.today).filter((e) => typeof e.paper === 'object');
    const extra = structuredClone(first) as { paper: { id: string; title: string; upvotes: number } };
    extra.paper.id = '2611.99999';
    extra.paper.title = 'A Paper Listed Later the Same Day';
    feed.setDay(corpus.today, [...feed.list(corpus.today), extra]);
    feed.update(corpus.today, corpus.special.full.paperId, (item) => {
      item.paper.upvotes = 4321;
    });
    clockAt = new Date(clockAt.getTime() + 3600_000);
    const summary = await p.poll();
    expect(summary.papersAdded).toBe(1);
    expect(summary.statsChanged).toBeGreaterThanOrEqual(2);
    expect(stored.at(-1)?.files).toEqual([`daily-papers-${corpus.today}-02.json`]);
    const { state } = await readFeedState(dir);
    expect(state.stats[corpus.special.full.paperId]?.upvotes).toBe(4321);
  });

  for (const [fault, reason] of [
    [{ status: 500 }, /HTTP 500/],
    [{ html: true as const }, /not JSON \(text\/html\)/],
    [{ oversize: 2 * 1024 * 1024 }, /byte cap/],
    [{ hang: true as const }, /no answer within 2000 ms/],
  ] as const) {
    it(`a source that fails (${JSON.stringify(fault)}) changes nothing stored and backs off`, async () => {
      const p = poller(undefined, 0);
      await p.poll();
      const before = readdirSync(dir).sort();
      feed.failNext(fault);
      clockAt = new Date(clockAt.getTime() + 3600_000);
      const failed = await p.poll();
      expect(failed.failed?.reason).toMatch(reason);
      expect(failed.retryInMs).toBe(60_000);
      expect(readdirSync(dir).sort()).toEqual(before);
      expect((await readFeedState(dir)).state.lastFetch).toMatchObject({ ok: false });
      // Before the back-off ends nothing is asked; after it, the retry succeeds.
      const requests = feed.requests.length;
      expect((await p.poll()).skipped).toMatch(/backing off/);
      expect(feed.requests).toHaveLength(requests);
      clockAt = new Date(clockAt.getTime() + 61_000);
      expect((await p.poll()).failed).toBeNull();
      expect(p.status()).toMatchObject({ retryAt: null, failures: 0, lastFetch: { ok: true } });
    }, 15_000);
  }

  it('honours Retry-After on a 429', async () => {
    feed.failNext({ status: 429, retryAfter: 120 });
    const failed = await poller(undefined, 0).poll();
    expect(failed.failed?.reason).toBe('HTTP 429');
    expect(failed.retryInMs).toBe(120_000);
  });
});
