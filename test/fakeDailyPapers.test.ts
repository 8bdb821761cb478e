import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedJson } from '../src/digest/parseFeedJson.js';
import { buildFeedCorpus, findItem, isFeedItem, loadFeedCorpus, startFakeDailyPapers, type FakeDailyPapers, type FeedCorpus, type FeedItem } from './helpers/fakeDailyPapers/index.js';

let corpus: FeedCorpus;
let fake: FakeDailyPapers | undefined;
beforeAll(async () => {
  corpus = await loadFeedCorpus();
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const latest = () => corpus.special.full.day;
const items = (day: string): FeedItem[] => (corpus.days.get(day) ?? []).filter(isFeedItem);
const item = (ref: { day: string; paperId: string }): FeedItem => {
  const found = findItem(corpus.days, ref.day, ref.paperId);
  if (!found) throw new Error(`test: no ${ref.paperId} on ${ref.day}`);
  return found;
};
const OPTIONAL_PAPER = ['ai_summary', 'ai_keywords', 'githubRepo', 'githubStars', 'projectPage', 'organization', 'withdrawnAt'] as const;
const OPTIONAL_ITEM = ['thumbnail', 'numComments', 'submittedBy'] as const;

describe('feed corpus', () => {
  it('is the same on every build and spans ten days ending today, weekends empty', async () => {
    expect(JSON.stringify([...(await loadFeedCorpus()).days])).toBe(JSON.stringify([...corpus.days]));
    const days = [...corpus.days.keys()];
    expect(days).toHaveLength(10);
    expect(days.at(-1)).toBe(corpus.today);
    for (const [day, list] of corpus.days) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) expect(list).toEqual([]);
      else expect(list.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('has real-shaped items: arXiv ids, wrapped summaries, authors, keywords', () => {
    const all = [...corpus.days.keys()].flatMap(items);
    for (const it of all) {
      expect(it.paper.id).toMatch(/^\d{4}\.\d{5}$/);
      expect(it.paper.summary).toBe(it.summary);
      for (const line of it.summary.split('\n')) expect(line.length <= 80 || !line.includes(' ')).toBe(true);
      for (const k of it.paper.ai_keywords ?? []) expect(k).toBe(k.toLowerCase());
    }
    expect(all.filter((i) => i.summary.includes('\n')).length).toBeGreaterThan(all.length * 0.9);
    expect(all.some((i) => i.paper.authors.some((a) => a.hidden))).toBe(true);
    expect(all.some((i) => i.paper.githubRepo && typeof i.paper.githubStars === 'number')).toBe(true);
    expect(all.some((i) => typeof i.paper.projectPage === 'string')).toBe(true);
    expect(all.filter((i) => typeof i.paper.ai_summary === 'string').length).toBeGreaterThan(all.length / 2);
    expect(all.filter((i) => (i.paper.ai_keywords?.length ?? 0) >= 2).length).toBeGreaterThan(all.length / 2);
    expect(new Set(all.map((i) => i.paper.id)).size).toBe(all.length - 1); // only the two-day paper repeats
  });

  it('holds each special item where `special` says', () => {
    const { special } = corpus;
    const missing = item(special.allMissing);
    for (const key of OPTIONAL_PAPER) expect(missing.paper).not.toHaveProperty(key);
    for (const key of OPTIONAL_ITEM) expect(missing).not.toHaveProperty(key);
    expect(missing.paper.authors.every((a) => !('user' in a))).toBe(true);
    const nulls = item(special.allNull);
    for (const key of OPTIONAL_PAPER) expect(nulls.paper[key]).toBeNull();
    for (const key of OPTIONAL_ITEM) expect(nulls[key]).toBeNull();
    const full = item(special.full);
    for (const key of [...OPTIONAL_PAPER.filter((k) => k !== 'withdrawnAt')]) expect(full.paper[key]).not.toBeNull();
    expect(item(special.withdrawn).paper.withdrawnAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(item(special.manyAuthors).paper.authors.length).toBeGreaterThanOrEqual(12);
    const [later, earlier] = special.twoDays.days;
    expect(item({ day: later, paperId: special.twoDays.paperId }).paper.title).toBe(item({ day: earlier, paperId: special.twoDays.paperId }).paper.title);
    const list = corpus.days.get(latest()) ?? [];
    expect(list[special.wrongTypes.index]?.['paper']).toMatchObject({ id: special.wrongTypes.paperId, title: 42 });
    expect(list[special.paperNotObject.index]?.['paper']).toBe(special.paperNotObject.paperId);
    expect(corpus.days.get(special.emptyDay)).toEqual([]);
  });

  it("parses with the bot's own feed parser, skipping only the two broken items", () => {
    const list = corpus.days.get(latest()) ?? [];
    const parsed = parseFeedJson('feed.json', JSON.stringify(list));
    expect(parsed.entries).toHaveLength(list.length - 2);
    expect(parsed.warnings).toHaveLength(2);
    expect(parsed.date).toBe(latest());
  });

  it('refuses a range with no weekend', () => {
    expect(() => buildFeedCorpus([{ title: 'T', abstract: 'A.' }], { today: '2026-11-20', days: 4 })).toThrow(/fake-daily-papers: .*weekend/);
  });
});

describe('fake daily papers server', () => {
  const get = (url: string, init: RequestInit = {}) => fetch(url, { ...init, headers: { 'user-agent': 'paperboy-test/1.0', ...init.headers } });

  it('serves a day, [] for an empty or unknown day, 400 for a missing or malformed date', async () => {
    fake = await startFakeDailyPapers({ corpus });
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/daily_papers$/);
    const res = await get(fake.urlFor(latest()));
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual(corpus.days.get(latest()));
    expect(await (await get(fake.urlFor(corpus.special.emptyDay))).json()).toEqual([]);
    expect(await (await get(fake.urlFor('2001-01-01'))).json()).toEqual([]);
    for (const bad of [fake.url, `${fake.url}?date=2026-02-30`, `${fake.url}?date=yesterday`]) {
      const answer = await get(bad);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toHaveProperty('error');
    }
    expect((await get(fake.url.replace('daily_papers', 'papers'))).status).toBe(404);
    expect(fake.requests[0]).toMatchObject({ path: '/api/daily_papers', date: latest(), userAgent: 'paperboy-test/1.0', status: 200, fault: null });
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200, 200, 400, 400, 400, 404]);
  });

  it('serves the latest listed day without a date when asked to', async () => {
    fake = await startFakeDailyPapers({ corpus, withoutDate: 'latest' });
    expect(await (await get(fake.url)).json()).toEqual(corpus.days.get(latest()));
  });

  it('changes what it serves with setDay and update, leaving the corpus alone', async () => {
    fake = await startFakeDailyPapers({ corpus });
    const { paperId, day } = corpus.special.full;
    fake.update(day, paperId, (it) => void (it.paper.upvotes = 999));
    fake.setDay('2001-01-01', items(day).slice(0, 1));
    const changed = expect.objectContaining({ paper: expect.objectContaining({ id: paperId, upvotes: 999 }) });
    expect(await (await get(fake.urlFor(day))).json()).toEqual(expect.arrayContaining([changed]));
    expect(item(corpus.special.full).paper.upvotes).not.toBe(999);
    expect(await (await get(fake.urlFor('2001-01-01'))).json()).toHaveLength(1);
    expect(() => fake?.update(day, '9999.99999', () => undefined)).toThrow(/fake-daily-papers: no item/);
  });

  it('fails on cue: statuses with Retry-After, `times`, failAlways until cleared', async () => {
    fake = await startFakeDailyPapers({ corpus });
    const url = fake.urlFor(latest());
    fake.failNext({ status: 500 });
    fake.failNext({ status: 429, retryAfter: 7, times: 2 });
    expect((await get(url)).status).toBe(500);
    for (let i = 0; i < 2; i++) {
      const limited = await get(url);
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    }
    expect((await get(url)).status).toBe(200);
    fake.failAlways({ status: 503 });
    expect([(await get(url)).status, (await get(url)).status]).toEqual([503, 503]);
    fake.failAlways(null);
    expect((await get(url)).status).toBe(200);
    expect(fake.requests.map((r) => r.fault)).toEqual(['status', 'status', 'status', null, 'status', 'status', null]);
  });

  it('answers 200 with an HTML page, or with a streamed JSON array over a size', async () => {
    fake = await startFakeDailyPapers({ corpus });
    fake.failNext({ html: true });
    const html = await get(fake.urlFor(latest()));
    expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await html.text()).toMatch(/^<!doctype html>/);
    fake.failNext({ oversize: 300_000 });
    const big = await get(fake.urlFor(latest()));
    expect([big.status, big.headers.get('content-length')]).toEqual([200, null]);
    const text = await big.text();
    expect(text.length).toBeGreaterThan(300_000);
    expect(Array.isArray(JSON.parse(text))).toBe(true);
  });

  it('stops an oversize stream when the client gives up', async () => {
    fake = await startFakeDailyPapers({ corpus });
    fake.failNext({ oversize: 1e12 });
    const controller = new AbortController();
    const res = await get(fake.urlFor(latest()), { signal: controller.signal });
    const reader = res.body?.getReader();
    await reader?.read();
    controller.abort();
    await expect(reader?.read()).rejects.toThrow();
    expect((await get(fake.urlFor(latest()))).status).toBe(200);
  });

  it('hangs until close(), which ends the hung request', async () => {
    fake = await startFakeDailyPapers({ corpus });
    fake.failNext({ hang: true });
    const outcome = get(fake.urlFor(latest())).then(() => 'answered', () => 'failed');
    await expect.poll(() => fake?.requests.length).toBe(1);
    expect(fake.requests[0]).toMatchObject({ status: null, fault: 'hang', date: latest() });
    const started = Date.now();
    await fake.close();
    expect(await outcome).toBe('failed');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
