import fc from 'fast-check';
import type { Paper } from '../../src/digest/schema.js';
import type { Topic } from '../../src/subscriptions/topic.js';

/** Text Discord would render as something else: markdown, mentions, emoji, timestamps, links. */
export const CONSTRUCTS = [
  '> ', '>>> ', '# ', '## ', '### ', '-# ', '- ', '* ', '1. ', '12. ', '  - ',
  '<t:1700000000:R>', '</ping:123>', '<:x:123>', '<a:x:123>', '<#123>', '<@123>', '<@!123>', '<@&123>',
  '@everyone', '@here', '[x](https://e.com)', '||s||', '`c`', '```js\nx\n```', '~~s~~', '__u__', '**b**', '*i*', '_i_',
  '\\', '\\*', '\\\\', '\n', '\r\n', ' ', '\u200b', '😀', '拡散', '\u0301', '(', ')', "'", '"', '%',
];

/** Random text with constructs spliced in (unicode and lone surrogates included). */
export function hostileText(maxParts = 12): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...CONSTRUCTS), fc.string(), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: maxParts })
    .map((parts) => parts.join(''));
}

/** Hostile text, sometimes huge (a few thousand characters). */
export function anyText(opts: { minLength?: number } = {}): fc.Arbitrary<string> {
  const huge = fc.tuple(fc.constantFrom(...CONSTRUCTS, 'word '), fc.integer({ min: 100, max: 2500 })).map(([unit, n]) => unit.repeat(n));
  const text = fc.oneof({ weight: 4, arbitrary: hostileText() }, { weight: 1, arbitrary: huge });
  const min = opts.minLength ?? 0;
  return min === 0 ? text : text.map((t) => (t.length >= min ? t : `${t}${'x'.repeat(min - t.length)}`));
}

const paperId = fc.stringMatching(/^[a-z0-9]{1,20}(-[a-z0-9]{1,10}){0,4}$/).filter((id) => id.length <= 64);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Any paper the schema allows, and then some: titles and abstracts of any text and length. */
export const paperArb: fc.Arbitrary<Paper> = fc.record({
  id: paperId,
  title: anyText({ minLength: 1 }),
  abstract: anyText({ minLength: 1 }),
  aliases: fc.array(anyText({ minLength: 1 }), { maxLength: 5 }),
  introduced: fc.constant([]),
  codeLinks: fc.array(fc.webUrl({ withQueryParameters: true, withFragments: true }), { maxLength: 4 }),
  authorCount: fc.option(fc.integer({ min: 1, max: 5000 })),
  authors: fc.array(hostileText(3), { maxLength: 6 }),
  publishedAt: fc.option(isoDate),
  upvotes: fc.option(fc.nat()),
  arxivId: fc.option(fc.stringMatching(/^\d{4}\.\d{4,5}(v\d)?$/)),
  appearances: fc.array(
    fc.record({ digest: anyText({ minLength: 1 }), line: fc.nat(), dateLabel: fc.option(hostileText(3)), date: fc.option(isoDate) }),
    { minLength: 1, maxLength: 4 },
  ),
  tldr: fc.option(anyText({ minLength: 1 })),
  keywords: fc.array(hostileText(2), { maxLength: 8 }),
  githubRepo: fc.option(fc.webUrl({ withQueryParameters: true })),
  githubStars: fc.option(fc.nat()),
  projectPage: fc.option(fc.webUrl({ withFragments: true })),
  comments: fc.option(fc.nat()),
  organization: fc.option(hostileText(3)),
  withdrawnAt: fc.option(isoDate.map((d) => `${d}T00:00:00.000Z`)),
});

export const topicArb: fc.Arbitrary<Topic> = fc.record({ text: anyText({ minLength: 1 }), query: anyText(), exclude: fc.array(hostileText(2), { maxLength: 3 }) });
