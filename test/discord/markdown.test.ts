import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode, MARKDOWN_RULES, unescapeMarkdown } from '../../src/replies/markdown.js';
import { paperEmbed } from '../../src/replies/paperReply.js';
import { topicList } from '../../src/replies/subscriptionReplies.js';
import { safeText } from '../../src/replies/safeText.js';
import { NO_LIVE_FIELDS, type Paper } from '../../src/digest/schema.js';

/** Every construct the hardening issue lists, as text that Discord would render. */
export const CONSTRUCTS = [
  '> ', '>>> ', '# ', '## ', '### ', '-# ', '- ', '* ', '1. ', '12. ', '  - ',
  '<t:1700000000:R>', '</ping:123>', '<:x:123>', '<a:x:123>', '<#123>', '<@123>', '<@!123>', '<@&123>',
  '@everyone', '@here', '[x](https://e.com)', '||s||', '`c`', '```js\nx\n```', '~~s~~', '__u__', '**b**', '*i*', '_i_',
  '\\', '\\*', '\\\\', '\n', '\r\n', ' ', '\u200b',
];

/** Text with constructs spliced into random strings (unicode and lone surrogates included). */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...CONSTRUCTS), fc.string(), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/**
 * What Discord could still render in escaped text, found independently of MARKDOWN_RULES: each
 * escaped pair is neutralised, then the constructs are looked for.
 */
function renderedConstructs(escaped: string): string[] {
  let plain = '';
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '\\' && i + 1 < escaped.length) {
      plain += 'x';
      i++;
    } else {
      plain += escaped[i];
    }
  }
  const found: string[] = [];
  const checks: [string, RegExp][] = [
    ['emphasis, code, spoiler, strike', /[*_`|~]/],
    ['link, mention, emoji, timestamp', /[[\]<]/],
    ['mass mention', /@(everyone|here)/i],
    ['quote, heading, subtext, list', /^[ \t]*(>|#|-|\d+\.)/m],
    ['dangling backslash', /\\/],
  ];
  for (const [name, re] of checks) if (re.test(plain)) found.push(name);
  return found;
}

describe('escapeMarkdown (rules as data)', () => {
  it.each(MARKDOWN_RULES.map((r) => [r.name, r] as const))('%s: its example is fully escaped and comes back', (_name, rule) => {
    const escaped = escapeMarkdown(rule.example);
    expect(escaped).not.toBe(rule.example);
    expect(renderedConstructs(escaped)).toEqual([]);
    expect(unescapeMarkdown(escaped)).toBe(rule.example);
  });

  it.each(CONSTRUCTS.filter((c) => c.trim().length > 0 && c !== '\u200b'))('escapes %j once', (construct) => {
    const escaped = escapeMarkdown(`${construct}text`);
    expect(renderedConstructs(escaped)).toEqual([]);
    expect(unescapeMarkdown(escaped)).toBe(`${construct}text`);
  });

  it('gives [ and ] one backslash each, and leaves plain text alone', () => {
    expect(safeText('[x](http://e)')).toBe('\\[x\\](http://e)');
    expect(safeText('Attention is all you need: 2.5x faster')).toBe('Attention is all you need: 2.5x faster');
    expect(safeText('000_266')).toBe('000\\_266');
  });

  it('escapes line starts only where a construct can begin', () => {
    expect(escapeMarkdown('# h\n## h\n> q\n-# s\n- l\n1. n\na - b # c > d 1. e')).toBe('\\# h\n\\## h\n\\> q\n\\-# s\n\\- l\n1\\. n\na - b # c > d 1. e');
  });

  it('round-trips and leaves nothing renderable, for any text (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeMarkdown(text);
        expect(unescapeMarkdown(escaped)).toBe(text);
        expect(renderedConstructs(escaped)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('no text is escaped twice', () => {
  const paper: Paper = {
    id: 'p', title: 'T', abstract: 'A', aliases: [], introduced: [], codeLinks: [], authorCount: null, authors: ['Ada_Lovelace', 'Grace_Hopper'], publishedAt: null, upvotes: null, arxivId: null,
    appearances: [{ digest: '000_266_trending', line: 1, dateLabel: 'Jan_1', date: null }],
    ...NO_LIVE_FIELDS,
  };

  it('shows names with one backslash (digest names showed `000\\\\_266`), and never a digest file name', () => {
    const embed = paperEmbed(paper);
    const authors = embed.fields?.find((f) => f.name === 'Authors');
    expect(authors?.value).toBe('by Ada\\_Lovelace and Grace\\_Hopper');
    expect(unescapeMarkdown(authors?.value ?? '')).toBe('by Ada_Lovelace and Grace_Hopper');
    expect(JSON.stringify(embed)).not.toContain('000_266');
  });

  it('shows topics verbatim inside code spans (no backslashes there)', () => {
    expect(topicList({ topics: [{ text: 'kv_cache *fast*', query: 'kv cache fast', exclude: [] }] })).toBe('`kv_cache *fast*`');
    expect(inlineCode('a`b')).toBe("`a'b`");
  });
});
