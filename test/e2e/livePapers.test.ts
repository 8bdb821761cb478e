import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { paperId } from '../../src/digest/paperId.js';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { loadFeedCorpus, startFakeDailyPapers, isFeedItem, type FakeDailyPapers, type FeedCorpus, type FeedItem } from '../helpers/fakeDailyPapers/index.js';
import { spawnBot, stopAllBots, type BotProcess } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, listedPaperIds, waitUntil, type BotWorkspace } from '../../support/botEnv.js';

// The live Daily Papers feed through the real bot process: the stand-in API serves real-shaped
// day lists, the stand-in Discord carries the commands and the digest.
let fake: FakeDiscord;
let feed: FakeDailyPapers;
let corpus: FeedCorpus;
let workspace: BotWorkspace;
let bot: BotProcess;

const items = (day: string): FeedItem[] => feed.list(day).filter(isFeedItem);
const item = (ref: { day: string; paperId: string }): FeedItem => {
  const found = items(ref.day).find((i) => i.paper.id === ref.paperId);
  if (found === undefined) throw new Error(`test: no item ${ref.paperId}`);
  return found;
};
const trendingIds = async (): Promise<string[]> => listedPaperIds((await fake.sendCommand({ name: 'trending', options: { count: 10 } }).waitForResponse()).message ?? { components: [] });

beforeAll(async () => {
  fake = await startFakeDiscord();
  corpus = await loadFeedCorpus({ days: 6 });
  feed = await startFakeDailyPapers({ corpus });
  // A feed-only install: every paper comes from the stand-in API (the shipped scrapes hold the
  // same papers, and a scraped paper gains the feed's authors and keywords only in its record
  // until the next full rebuild — see README, Live papers).
  workspace = createWorkspace();
  for (const file of readdirSync(workspace.digestsDir)) rmSync(path.join(workspace.digestsDir, file));
  bot = await spawnBot({
    env: botEnv(fake, workspace, {
      DIGEST_FEED_URL: feed.url,
      DIGEST_FEED_CRON: '*/2 * * * * *',
      DIGEST_FEED_BACKFILL_DAYS: '3',
      SCHEDULE_CRON: '* * * * * *',
      CLOCK_START: `${corpus.today}T08:59:30Z`,
    }),
    readyPattern: 'ready',
    readyTimeoutMs: 30_000,
  });
  // Subscribed before 09:00, so today's digest is due at 09:00 (after the backfill).
  await fake.sendCommand({ name: 'subscribe', options: { time: '09:00', count: 5, timezone: 'UTC' }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
  await bot.waitForLog('feed: polled', 30_000);
  await bot.waitForLog('digests added', 30_000);
}, 90_000);

afterAll(async () => {
  await stopAllBots();
  await feed.close();
  await fake.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('live papers from the Daily Papers feed (end to end)', () => {
  it('backfills the missing days on first start, oldest first, naming itself', () => {
    const days = [...corpus.days.keys()].slice(-4);
    expect(feed.requests.slice(0, 4).map((r) => r.date)).toEqual(days);
    expect(feed.requests.every((r) => /^paperboy\/\d+\.\d+\.\d+ /.test(r.userAgent ?? ''))).toBe(true);
  });

  it('/paper shows a feed paper with its TL;DR, authors, code link and where it was listed', async () => {
    const full = item(corpus.special.full);
    const reply = await fake.sendCommand({ name: 'paper', options: { query: full.paper.title } }).waitForResponse();
    const embed = reply.message?.embeds[0];
    expect(embed?.url).toBe(`https://arxiv.org/abs/${full.paper.id}`);
    expect(embed?.description).toMatch(/^\*\*TL;DR\*\* /);
    expect(embed?.description).toContain('AI summary by Hugging Face Daily Papers');
    const field = (name: string) => embed?.fields?.find((f) => f.name === name)?.value ?? '';
    expect(field('Authors')).toMatch(/^by /);
    expect(field('Code')).toContain(full.paper.githubRepo ?? 'no repo in the fixture');
    expect(field('Read it')).toContain(`https://huggingface.co/papers/${full.paper.id}`);
    expect(embed?.footer?.text).toMatch(/^Daily Papers · \d{1,2} \w{3} \d{4}/);
    expect(embed?.footer?.text).not.toMatch(/\.json|\.txt/);
  });

  it('finds feed papers by an author’s name and by an AI keyword; a withdrawn paper is gone', async () => {
    const full = item(corpus.special.full);
    const author = full.paper.authors.find((a) => a.name.split(' ').length >= 2)?.name ?? '';
    const byAuthor = await fake.sendCommand({ name: 'search', options: { topic: author } }).waitForResponse();
    expect(listedPaperIds(byAuthor.message ?? { components: [] })).toContain(paperId(full.paper.title));
    const keyword = full.paper.ai_keywords?.[0] ?? '';
    const byKeyword = await fake.sendCommand({ name: 'search', options: { topic: keyword } }).waitForResponse();
    expect(listedPaperIds(byKeyword.message ?? { components: [] })).toContain(paperId(full.paper.title));
    const withdrawn = item(corpus.special.withdrawn);
    const search = await fake.sendCommand({ name: 'search', options: { topic: withdrawn.paper.title } }).waitForResponse();
    expect(listedPaperIds(search.message ?? { components: [] })).not.toContain(paperId(withdrawn.paper.title));
    expect(await trendingIds()).not.toContain(paperId(withdrawn.paper.title));
  });

  it('the 09:00 digest delivers fresh papers from the feed', async () => {
    const channel = fake.defaultChannelId;
    const digest = () => fake.channelMessages(channel).filter((m) => m.authorId === fake.botUser.id && m.embeds[0]?.title?.startsWith('Trending papers') === true);
    await waitUntil(() => digest().length === 1, 'the 09:00 digest', 30_000);
    const listed = listedPaperIds(digest()[0] ?? { components: [] });
    const recent = [...corpus.days.keys()].slice(-4).flatMap((d) => items(d)).filter((i) => i.paper.withdrawnAt == null).map((i) => paperId(i.paper.title));
    expect(listed).toHaveLength(5);
    for (const id of listed) expect(recent).toContain(id);
    expect(digest()[0]?.embeds[0]?.description).toMatch(/▲ \d+/);
  });

  it('upvotes changed at the source reorder /trending within one poll, without a restart', async () => {
    // Today's list is polled all day: lift today's least upvoted paper far above the rest.
    const before = await trendingIds();
    const today = items(corpus.today).filter((i) => i.paper.withdrawnAt == null).sort((a, b) => a.paper.upvotes - b.paper.upvotes);
    const target = today[0];
    expect(target).toBeDefined();
    expect(before[0]).not.toBe(paperId(target?.paper.title ?? ''));
    feed.update(corpus.today, target?.paper.id ?? '', (i) => {
      i.paper.upvotes = 100_000;
    });
    const from = bot.lines.length;
    await bot.waitForLog((l) => l.json?.msg === 'feed: polled' && Number(l.json.statsChanged) > 0, 15_000, from);
    const after = await trendingIds();
    expect(after[0]).toBe(paperId(target?.paper.title ?? ''));
    expect(bot.logs.filter((l) => l.msg === 'catalogue loaded')).toHaveLength(1);
    // New days joined the library in memory: never a reload or a rebuild.
    expect(bot.logs.filter((l) => l.msg === 'digests reloaded')).toHaveLength(0);
  });

  it('a failing source leaves everything served, /status says so, and a retry the same day succeeds', async () => {
    feed.failAlways({ status: 429, retryAfter: 3 });
    const from = bot.lines.length;
    await bot.waitForLog('feed: fetch failed; serving what is stored, retrying later', 15_000, from);
    const status = await fake.sendCommand({ name: 'status' }).waitForResponse();
    expect(status.message?.ephemeral).toBe(true);
    const feedField = status.message?.embeds[0]?.fields?.find((f) => f.name === 'Daily Papers feed')?.value ?? '';
    expect(feedField).toMatch(/failed — HTTP 429/);
    expect(feedField).toMatch(/Retrying <t:\d+:R>/);
    const full = item(corpus.special.full);
    const still = await fake.sendCommand({ name: 'paper', options: { query: full.paper.title } }).waitForResponse();
    expect(still.message?.embeds[0]?.url).toBe(`https://arxiv.org/abs/${full.paper.id}`);
    feed.failAlways(null);
    const retried = bot.lines.length;
    await bot.waitForLog('feed: polled', 15_000, retried);
    const ok = await fake.sendCommand({ name: 'status' }).waitForResponse();
    expect(ok.message?.embeds[0]?.fields?.find((f) => f.name === 'Daily Papers feed')?.value).toMatch(/: ok — /);
  });
});
