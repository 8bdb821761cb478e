import { arxivUrl } from '../../src/replies/links.js';
import { NO_LIVE_FIELDS } from '../../src/digest/schema.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/replies/answerReply.js';
import { toPayload, type Reply } from '../../src/replies/message.js';
import { askModal } from '../../src/replies/askModal.js';
import { digestReply } from '../../src/replies/digestReply.js';
import { helpReply } from '../../src/replies/helpReply.js';
import { notFoundReply, paperReply } from '../../src/replies/paperReply.js';
import { relatedReply } from '../../src/replies/relatedReply.js';
import { searchReply } from '../../src/replies/searchReply.js';
import { subscribeReply, subscriptionsReply } from '../../src/replies/subscriptionReplies.js';
import { trendingReply } from '../../src/replies/trendingReply.js';
import type { Delivery, Subscription } from '../../src/subscriptions/subscription.js';
import { anyText, hostileText, paperArb, topicArb } from '../helpers/arbitraries.js';
import { discordRefusals, modalRefusals } from '../helpers/discordPayload.js';

// Any input → a payload Discord accepts: its OpenAPI description and the stand-in's limit checks.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) };

function accepted(reply: Reply): void {
  expect(discordRefusals(reply)).toEqual([]);
}

const papers = (max: number) => fc.array(paperArb, { maxLength: max });
const snowflake = fc.bigInt({ min: 1n << 40n, max: (1n << 63n) - 1n }).map(String);
const isoInstant = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

const subscriptionArb: fc.Arbitrary<Subscription> = fc.record({
  channelId: snowflake,
  guildId: snowflake,
  topics: fc.array(topicArb, { maxLength: 5 }),
  time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  timezone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
  count: fc.integer({ min: 1, max: 10 }),
  createdBy: snowflake,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  pausedReason: fc.option(anyText()),
  pausedAt: fc.option(isoInstant),
});

const deliveryArb: fc.Arbitrary<Delivery> = fc.record({
  channelId: snowflake,
  guildId: snowflake,
  localDate: fc.constant('2026-11-23'),
  status: fc.constantFrom('pending' as const, 'delivered' as const, 'nothing_new' as const, 'failed' as const),
  nonce: fc.option(fc.string({ maxLength: 25 })),
  papers: fc.array(fc.record({ paperId: fc.string(), topic: fc.option(fc.string()) }), { maxLength: 10 }),
  messageId: fc.option(snowflake),
  attempts: fc.nat({ max: 10 }),
  nextAttemptAt: fc.option(isoInstant),
  error: fc.option(anyText()),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

describe('every reply builder: any input gives a payload Discord accepts (property)', () => {
  it('paperReply and notFoundReply', () => {
    fc.assert(
      fc.property(paperArb, fc.boolean(), fc.boolean(), fc.option(fc.record({ query: anyText(), alternatives: papers(6) })), (paper, askButton, ephemeral, closestTo) => {
        accepted(paperReply(paper, { askButton, ephemeral, ...(closestTo === null ? {} : { closestTo }) }));
      }),
      RUNS,
    );
    fc.assert(fc.property(anyText(), papers(7), (query, suggestions) => accepted(notFoundReply(query, suggestions))), RUNS);
  });

  it('searchReply', () => {
    const hit = fc.record({
      paper: paperArb,
      score: fc.double({ noNaN: true }),
      coverage: fc.double({ min: 0, max: 1, noNaN: true }),
      matched: fc.array(hostileText(2), { maxLength: 5 }),
      inTitle: fc.boolean(),
      phrase: fc.boolean(),
      centrality: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(anyText(), fc.nat({ max: 20 }), fc.integer({ min: 1, max: 50 }), fc.nat({ max: 60 }), fc.array(hit, { maxLength: 5 }), fc.array(hostileText(2), { maxLength: 4 }),
        (topic, page, limit, total, hits, unmatched) => accepted(searchReply({ topic, page, limit, total, hits, unmatched }))),
      RUNS,
    );
  });

  it('relatedReply and trendingReply', () => {
    fc.assert(fc.property(paperArb, papers(10), (paper, related) => accepted(relatedReply(paper, related))), RUNS);
    const pick = fc.record({ paper: paperArb, topic: fc.option(anyText()) });
    fc.assert(fc.property(fc.array(pick, { maxLength: 10 }), fc.option(anyText()), (picks, topic) => accepted(trendingReply(picks, topic))), RUNS);
  });

  it('digestReply', () => {
    const pick = fc.record({ paper: paperArb, topic: fc.option(anyText()) });
    fc.assert(
      fc.property(fc.array(pick, { maxLength: 10 }), subscriptionArb, fc.string({ maxLength: 40 }), (picks, subscription, marker) =>
        accepted(digestReply({ papers: picks, subscription, localDate: '2026-11-23', marker }))),
      RUNS,
    );
  });

  it('subscribeReply and subscriptionsReply', () => {
    fc.assert(
      fc.property(subscriptionArb, fc.boolean(), isoInstant, fc.nat(), (subscription, updated, first, matching) =>
        accepted(subscribeReply({ subscription, updated, firstDelivery: new Date(first), matching }))),
      RUNS,
    );
    const row = fc.record({ subscription: subscriptionArb, last: fc.option(deliveryArb), next: isoInstant.map((d) => new Date(d)) });
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => accepted(subscriptionsReply(rows))), { numRuns: 20 });
  });

  it('helpReply, answerReply and askModal', () => {
    const entry = fc.record({ usage: anyText(), what: anyText(), example: anyText() });
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), fc.nat(), (entries, count) => accepted(helpReply(entries, count))), RUNS);
    const citation = fc.record({ id: fc.string(), title: anyText(), quote: anyText() });
    const answer = fc.record({ answer: anyText(), citations: fc.array(citation, { maxLength: 8 }), confident: fc.boolean(), kind: fc.constantFrom('paper' as const, 'across' as const) });
    fc.assert(fc.property(answer, anyText(), (a, question) => accepted(answerReply(a, question))), RUNS);
    fc.assert(fc.property(paperArb, (paper) => {
      expect(modalRefusals(askModal(paper))).toEqual([]);
    }), RUNS);
  });
});

describe('toPayload (the one message builder): any Reply fits (property)', () => {
  it('clips content, embeds and fields of any size and text to what Discord accepts', () => {
    const field = fc.record({ name: anyText(), value: anyText(), inline: fc.boolean() });
    const embed = fc.record(
      { title: anyText(), description: anyText(), fields: fc.array(field, { maxLength: 30 }), footer: fc.record({ text: anyText() }), author: fc.record({ name: anyText() }) },
      { requiredKeys: [] },
    );
    const reply = fc.record({ content: anyText(), embeds: fc.array(embed, { maxLength: 12 }), ephemeral: fc.boolean() }, { requiredKeys: [] });
    fc.assert(fc.property(reply, (r: Reply) => {
      accepted(r);
      expect(toPayload(r).allowedMentions).toEqual({ parse: [], repliedUser: false });
    }), { numRuns: 60 });
  });
});

describe('regressions the properties found', () => {
  const base = { id: 'p', abstract: 'A', aliases: [], introduced: [], codeLinks: [], authorCount: null, authors: [], publishedAt: null, upvotes: null, arxivId: null, appearances: [{ digest: 'd', line: 1, dateLabel: null, date: null }], ...NO_LIVE_FIELDS };

  it('keeps a title-search URL under 2,048 characters for a long non-Latin title', () => {
    const paper = { ...base, title: '拡散モデル '.repeat(50).slice(0, 300) };
    const reply = paperReply(paper, { askButton: true });
    expect(reply.embeds?.[0]?.url?.length).toBeLessThanOrEqual(2048);
    accepted(reply);
  });

  it('sends no empty select menu for a page without hits', () => {
    const reply = searchReply({ topic: 'x', page: 0, limit: 1, total: 0, hits: [] });
    expect(reply.components).toHaveLength(1);
    accepted(reply);
  });

  it('leaves out an empty embed author or footer', () => {
    const payload = toPayload({ embeds: [{ title: 't', author: { name: '' }, footer: { text: '' } }] });
    expect(payload.embeds[0]).toEqual({ title: 't' });
    accepted({ embeds: [{ title: 't', author: { name: '' }, footer: { text: '' } }] });
  });
});

describe('links', () => {
  it('encode a title holding a lone surrogate (half an emoji) instead of throwing', () => {
    const paper = { id: 'p', title: 'Emoji \uD83D cut', abstract: 'A', aliases: [], introduced: [], codeLinks: [], authorCount: null, authors: [], publishedAt: null, upvotes: null, arxivId: null, appearances: [{ digest: 'd', line: 1, dateLabel: null, date: null }], ...NO_LIVE_FIELDS };
    expect(arxivUrl(paper)).toContain('%EF%BF%BD');
  });
});

describe('openPaperMenu', () => {
  it('offers a paper listed twice once (option values must be unique)', () => {
    const paper = { id: 'p', title: 'T', abstract: 'A', aliases: [], introduced: [], codeLinks: [], authorCount: null, authors: [], publishedAt: null, upvotes: null, arxivId: null, appearances: [{ digest: 'd', line: 1, dateLabel: null, date: null }], ...NO_LIVE_FIELDS };
    const reply = relatedReply(paper, [paper, { ...paper, id: 'q' }, paper]);
    accepted(reply);
  });
});
