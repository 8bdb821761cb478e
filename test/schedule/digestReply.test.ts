import { ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { NO_LIVE_FIELDS, type Paper } from '../../src/digest/schema.js';
import { LIMITS } from '../../src/replies/limits.js';
import { embedLength, toPayload } from '../../src/replies/message.js';
import { digestDateLabel, digestReply } from '../../src/replies/digestReply.js';
import { deliveryMarker, deliveryNonce } from '../../src/schedule/deliveryIdentity.js';
import { selectDigestPapers } from '../../src/schedule/selectDigestPapers.js';
import { parseTopic } from '../../src/subscriptions/topic.js';
import { shippedLibrary } from '../../support/schedule/shippedLibrary.js';
import { subscription } from './subscriptionFixture.js';

const marker = deliveryMarker(deliveryNonce('100', '2026-11-23'));

function paper(i: number, title: string, arxivId: string | null): Paper {
  return {
    id: `paper-${i}`,
    title,
    abstract: `${'An abstract sentence that keeps going with [links](http://x) and @everyone. '.repeat(40)}`,
    aliases: [],
    introduced: [],
    codeLinks: [],
    authorCount: 3,
    authors: [],
    publishedAt: '2026-11-01',
    upvotes: 10,
    arxivId,
    appearances: [{ digest: 'd', line: 1, dateLabel: 'Nov 20', date: null }],
    ...NO_LIVE_FIELDS,
  };
}

function menuOf(reply: ReturnType<typeof digestReply>) {
  const c = reply.components?.[0]?.components[0];
  if (c?.type !== ComponentType.StringSelect) throw new Error('no select menu');
  return c;
}

function expectWithinLimits(reply: ReturnType<typeof digestReply>): void {
  const embed = reply.embeds?.[0];
  expect(reply.embeds).toHaveLength(1);
  expect(embed?.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed?.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed?.footer?.text.length).toBeLessThanOrEqual(LIMITS.footer);
  expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
  const menu = menuOf(reply);
  expect(menu.custom_id).toBe('pick:digest');
  expect(menu.options.length).toBeLessThanOrEqual(LIMITS.selectOptions);
  for (const o of menu.options) expect(o.label.length).toBeLessThanOrEqual(LIMITS.selectLabel);
  // Nothing is left for the message builder to cut: the marker survives intact.
  expect(toPayload(reply).embeds[0]).toEqual(embed);
  expect(embed?.footer?.text).toContain(marker);
}

describe('digestReply', () => {
  it('labels the date like "Mon 23 Nov"', () => {
    expect(digestDateLabel('2026-11-23')).toBe('Mon 23 Nov');
    expect(digestDateLabel('2026-03-01')).toBe('Sun 1 Mar');
  });

  it('lists the papers with their topics, a menu, and the marker in the footer', async () => {
    const library = await shippedLibrary();
    const sub = subscription({ topics: [parseTopic('diffusion'), parseTopic('kv cache -survey')], count: 5 });
    const papers = selectDigestPapers(library, sub, new Set(), new Date('2026-03-20T12:00:00Z'));
    const reply = digestReply({ papers, subscription: sub, localDate: '2026-11-23', marker });
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe('Trending papers on diffusion, kv cache · Mon 23 Nov');
    expect(embed?.footer?.text).toBe(`5 papers · daily at 09:00 Europe/Berlin · ${marker}`);
    expect(embed?.description).toMatch(/^\*\*1\. \[/);
    for (const { topic } of papers) expect(embed?.description).toContain(`topic: ${topic ?? ''}`);
    expect(menuOf(reply).options.map((o) => o.value)).toEqual(papers.map((p) => p.paper.id));
    expectWithinLimits(reply);
  });

  it('a general digest has a plain title and no topic notes', () => {
    const papers = [{ paper: paper(1, 'A paper', '2411.00001'), topic: null }];
    const reply = digestReply({ papers, subscription: subscription({ topics: [] }), localDate: '2026-11-23', marker });
    expect(reply.embeds?.[0]?.title).toBe('Trending papers · Mon 23 Nov');
    expect(reply.embeds?.[0]?.description).not.toContain('topic:');
    expect(reply.embeds?.[0]?.footer?.text.startsWith('1 paper · ')).toBe(true);
  });

  it('makes untrusted text inert', () => {
    const papers = [{ paper: paper(1, '**Bold** @everyone <@123> [x](http://evil)', null), topic: '@here *t*' }];
    const sub = subscription({ topics: [parseTopic('@everyone **loud**')] });
    const reply = digestReply({ papers, subscription: sub, localDate: '2026-11-23', marker });
    const text = `${reply.embeds?.[0]?.title ?? ''}\n${reply.embeds?.[0]?.description ?? ''}`;
    expect(text).not.toMatch(/(?<!\\)\*\*Bold/);
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain('@here');
    expect(text).not.toContain('<@123>');
  });

  it('stays within every Discord limit with ten papers of maximal length', () => {
    const long = (i: number, unit: string) => `${i} ${unit.repeat(300)}`.slice(0, 300);
    const cases: Paper[][] = [
      Array.from({ length: 10 }, (_, i) => paper(i, long(i, 'Long title words '), '2411.12345')),
      Array.from({ length: 10 }, (_, i) => paper(i, long(i, 'Long (title) words! '), null)),
      Array.from({ length: 10 }, (_, i) => paper(i, long(i, '拡散モデル '), null)), // 9 URL characters per character
      Array.from({ length: 10 }, (_, i) => paper(i, long(i, '**_`[x]` '), i % 2 === 0 ? null : '2411.12345')),
    ];
    const topics = Array.from({ length: 10 }, (_, i) => parseTopic(`${'very long topic words '.repeat(6)}${i} -excluded`));
    for (const papers of cases) {
      const picks = papers.map((p, i) => ({ paper: p, topic: topics[i]?.text ?? null }));
      const reply = digestReply({ papers: picks, subscription: subscription({ topics }), localDate: '2026-11-23', marker });
      expectWithinLimits(reply);
      expect(menuOf(reply).options).toHaveLength(10);
      // Every paper is still listed and linked.
      const description = reply.embeds?.[0]?.description ?? '';
      for (let i = 1; i <= 10; i += 1) expect(description).toContain(`**${i}. [`);
    }
  });

  it('an empty digest says so and has no menu', () => {
    const reply = digestReply({ papers: [], subscription: subscription(), localDate: '2026-11-23', marker });
    expect(reply.embeds?.[0]?.description).toBe('Nothing new today.');
    expect(reply.components).toEqual([]);
  });
});
