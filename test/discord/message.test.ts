import { describe, expect, it } from 'vitest';
import { embedLength, toMessageBody, toPayload } from '../../src/replies/message.js';
import { clip, gist, safeText } from '../../src/replies/safeText.js';
import { LIMITS } from '../../src/replies/limits.js';

describe('toPayload (the one message builder)', () => {
  it('disables every mention and clips content', () => {
    const payload = toPayload({ content: 'x'.repeat(5000) });
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(payload.content?.length).toBe(LIMITS.content);
    expect(toMessageBody({ content: 'hi' })).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('keeps embeds within every limit, including the 6,000-character total', () => {
    const big = 'y'.repeat(5000);
    const embeds = Array.from({ length: 12 }, () => ({
      title: big, description: big, footer: { text: big }, author: { name: big },
      fields: Array.from({ length: 30 }, () => ({ name: big, value: big })),
    }));
    const payload = toPayload({ embeds });
    expect(payload.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    let total = 0;
    for (const e of payload.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      total += embedLength(e);
    }
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('marks ephemeral replies and never sends an empty message', () => {
    expect(toPayload({ content: 'a', ephemeral: true }).flags).toBe(64);
    expect(toPayload({}).content).toBe('(nothing to show)');
  });
});

describe('safeText', () => {
  it('escapes markdown with one backslash per character and breaks mentions', () => {
    const out = safeText('@everyone **bold** <@123> <@&456> <#789> [x](http://e) `c` ||s||');
    expect(out).toBe('\\@\u200beveryone \\*\\*bold\\*\\* \\<@\u200b123> \\<@&\u200b456> \\<#\u200b789> \\[x\\](http://e) \\`c\\` \\|\\|s\\|\\|');
  });

  it('clips without leaving a dangling backslash', () => {
    expect(clip('abc\\*def', 5)).toBe('abc…');
    expect(clip('short', 10)).toBe('short');
    expect(clip('ab😀cd', 4)).toBe('ab…'); // never half an emoji
  });

  it('takes the first sentence as a gist', () => {
    expect(gist('We propose X, which is fast and accurate on many tasks. Then more text follows here.')).toBe('We propose X, which is fast and accurate on many tasks.');
    expect(gist('a'.repeat(500), 100).length).toBeLessThanOrEqual(100);
  });
});
