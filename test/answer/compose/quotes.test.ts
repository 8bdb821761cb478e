import { describe, expect, it } from 'vitest';
import { clipQuote } from '../../../src/answer/compose/clipQuote.js';
import { findVerbatim, isGroundedQuote, renderField } from '../../../src/answer/compose/renderField.js';
import { makePaper } from '../fixtures.js';

const paper = makePaper({
  id: 'p',
  title: 'P: A Paper',
  abstract: 'We propose P,\n a method.  It is 3× faster than the baseline.',
  authorCount: 4,
  publishedAt: '2024-01-02',
  codeLinks: ['https://github.com/a/p'],
});

describe('quotes are verbatim', () => {
  it('finds a quote in the abstract whatever its whitespace, returning the abstract\'s own characters', () => {
    expect(findVerbatim(paper.abstract, 'It is 3× faster than the baseline.')).toBe('It is 3× faster than the baseline.');
    expect(findVerbatim(paper.abstract, 'We propose P, a method.')).toBe('We propose P,\n a method.');
    expect(findVerbatim(paper.abstract, 'It is 4× faster')).toBeNull();
    expect(findVerbatim(paper.abstract, '   ')).toBeNull();
  });

  it('accepts abstract substrings and record fields rendered as `name: value`, nothing else', () => {
    expect(isGroundedQuote(paper, 'It is 3× faster')).toBe(true);
    expect(isGroundedQuote(paper, 'authorCount: 4')).toBe(true);
    expect(isGroundedQuote(paper, 'publishedAt: 2024-01-02')).toBe(true);
    expect(isGroundedQuote(paper, 'codeLinks: https://github.com/a/p')).toBe(true);
    expect(isGroundedQuote(paper, 'authorCount: 5')).toBe(false);
    expect(isGroundedQuote(paper, 'It is 30× faster')).toBe(false);
    expect(renderField(paper, 'upvotes')).toBeNull();
    expect(renderField(paper, 'appearances')).toBe('appearances: 000_test.txt (Mar 12)');
  });

  it('clips a long sentence around its focus without changing a character', () => {
    const sentence = `${'Filler words describe the setting at length, '.repeat(8)}and the method reaches 77.0% on LiveCodeBench, ${'with more words trailing after it, '.repeat(6)}end.`;
    const focus = sentence.indexOf('77.0%');
    const clip = clipQuote(sentence, focus, 200);
    expect(clip.text.length).toBeLessThanOrEqual(200);
    expect(sentence.includes(clip.text)).toBe(true);
    expect(clip.text).toContain('77.0%');
    expect(clip).toMatchObject({ cutStart: true, cutEnd: true });
    expect(clipQuote('Short.', 0, 200)).toEqual({ text: 'Short.', cutStart: false, cutEnd: false });
  });
});
