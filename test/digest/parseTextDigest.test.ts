import { describe, expect, it } from 'vitest';
import { parseTextDigest } from '../../src/digest/parseTextDigest.js';

const ABSTRACT_A =
  'We propose a method that reduces the memory of attention by 40% while keeping accuracy on every benchmark we tried, and we release code.';
const ABSTRACT_B =
  'This paper studies the convergence of stochastic gradient descent on overparameterized networks and shows it is linear under mild conditions.';

describe('parseTextDigest', () => {
  it('reads blank-line separated entries after header chrome and takes the digest date', () => {
    const text = ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'Daily Papers', '', 'byAK and the research community', '', 'Mar 12', '', 'Paper A', '', ABSTRACT_A, '', 'Paper B', '', ABSTRACT_B, ''].join('\n');
    const digest = parseTextDigest('a.txt', text);
    expect(digest.warnings).toEqual([]);
    expect(digest.dateLabel).toBe('Mar 12');
    expect(digest.entries.map((e) => [e.title, e.line])).toEqual([['Paper A', 13], ['Paper B', 17]]);
    expect(digest.entries[1]?.abstract).toBe(ABSTRACT_B);
  });

  it('reads consecutive title/abstract lines and splits a header glued to the first title', () => {
    const text = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!', 'SubscribeTight Bounds for Things', ABSTRACT_A, 'Second Paper', ABSTRACT_B].join('\n');
    const digest = parseTextDigest('b.txt', text);
    expect(digest.warnings).toEqual([]);
    expect(digest.dateLabel).toBeNull();
    expect(digest.entries.map((e) => e.title)).toEqual(['Tight Bounds for Things', 'Second Paper']);
  });

  it('attaches metadata lines (authors, separator, date and upvotes) to the entry above', () => {
    const text = ['Jan 7', '', 'Paper A', '', ABSTRACT_A, '', '  • 5 authors', '·', 'Oct 25, 2023 12', '', 'Paper B', '', ABSTRACT_B, '', '  • 1 authors', '·', 'Sep 9, 2010'].join('\n');
    const [a, b] = parseTextDigest('c.txt', text).entries;
    expect(a).toMatchObject({ title: 'Paper A', authorCount: 5, publishedAt: '2023-10-25', upvotes: 12 });
    expect(b).toMatchObject({ title: 'Paper B', authorCount: 1, publishedAt: '2010-09-09', upvotes: null });
  });

  it('accepts CRLF, a BOM-free text with tabs and stray whitespace', () => {
    const text = ['\t Mar 12 \t', '', '   Paper A\t', '', `\t${ABSTRACT_A}   `, ''].join('\r\n');
    const digest = parseTextDigest('d.txt', text);
    expect(digest.entries).toHaveLength(1);
    expect(digest.entries[0]?.title).toBe('Paper A');
    expect(digest.entries[0]?.abstract).toBe(ABSTRACT_A);
    expect(digest.dateLabel).toBe('Mar 12');
  });

  it('skips a title without abstract with a warning naming file and line, keeping its neighbours', () => {
    const text = ['Paper A', ABSTRACT_A, 'Orphan Title', 'Paper C', ABSTRACT_B].join('\n');
    const digest = parseTextDigest('e.txt', text);
    expect(digest.entries.map((e) => e.title)).toEqual(['Paper A', 'Paper C']);
    expect(digest.warnings).toEqual(['digest-loader: e.txt:3: abstract missing after title "Orphan Title"; entry skipped']);
  });

  it('skips an abstract without a title, and a title left dangling at the end', () => {
    const text = ['Paper A', ABSTRACT_A, ABSTRACT_B, 'Paper C', ABSTRACT_B, 'Dangling'].join('\n');
    const digest = parseTextDigest('f.txt', text);
    expect(digest.entries.map((e) => e.title)).toEqual(['Paper A', 'Paper C']);
    expect(digest.warnings).toEqual([
      'digest-loader: f.txt:3: text without a title before it; skipped',
      'digest-loader: f.txt:6: abstract missing at end of file after title "Dangling"; entry skipped',
    ]);
  });

  it('warns about metadata where an abstract should be and keeps going', () => {
    const text = ['Paper A', '', '  • 3 authors', '·', 'Oct 1, 2023', '', 'Paper B', '', ABSTRACT_B].join('\n');
    const digest = parseTextDigest('g.txt', text);
    expect(digest.entries.map((e) => e.title)).toEqual(['Paper B']);
    expect(digest.warnings[0]).toMatch(/^digest-loader: g\.txt:1: metadata where the abstract should be/);
  });

  it('skips punctuation-only lines and cuts a huge abstract with a warning', () => {
    const huge = `${'word '.repeat(50_000)}end.`;
    const text = ['!!!???', 'Paper A', huge, 'Paper B', ABSTRACT_B].join('\n');
    const digest = parseTextDigest('h.txt', text);
    expect(digest.entries.map((e) => e.title)).toEqual(['Paper A', 'Paper B']);
    expect(digest.entries[0]?.abstract.length).toBeLessThanOrEqual(10_001);
    expect(digest.warnings).toEqual([
      'digest-loader: h.txt:1: line without any letters; skipped',
      expect.stringMatching(/^digest-loader: h\.txt:3: abstract is 250004 characters; kept the first 10000$/),
    ]);
  });

  it('reads a title of any length followed by its abstract, in every layout', () => {
    const long = `Towards ${'Scalable and Robust '.repeat(20)}Learning`; // 388 characters, longer than any limit
    const sentence = `${'A Study of Large Models Trained on Many Tasks, '.repeat(5)}and What They Learn (Extended Version)`; // ends like a sentence
    const sixties = 'We Show That the Model Is Better Than All of the Baselines on This Task.'; // prose-like, 12+ words, a full stop
    const longAbstract = `${ABSTRACT_A} ${ABSTRACT_B} ${ABSTRACT_A} ${ABSTRACT_B}`;
    for (const title of [long, sentence, sixties]) {
      const abstract = title.length < ABSTRACT_A.length ? ABSTRACT_A : longAbstract;
      const blankSeparated = ['Mar 12', '', 'Paper A', '', ABSTRACT_A, '', title, '', abstract, '', 'Paper C', '', ABSTRACT_B].join('\n');
      const consecutive = ['Paper A', ABSTRACT_A, title, abstract, '  • 3 authors', 'Paper C', ABSTRACT_B].join('\n');
      for (const text of [blankSeparated, consecutive]) {
        const digest = parseTextDigest('l.txt', text);
        expect(digest.warnings).toEqual([]);
        expect(digest.entries.map((e) => e.title)).toEqual(['Paper A', title, 'Paper C']);
        expect(digest.entries[1]?.abstract).toBe(abstract);
      }
    }
  });

  it('reads a long title without a full stop before a shorter abstract', () => {
    const title = `Towards ${'Scalable and Robust '.repeat(20)}Learning`;
    const digest = parseTextDigest('m.txt', [title, ABSTRACT_A].join('\n'));
    expect(digest.entries.map((e) => [e.title, e.abstract])).toEqual([[title, ABSTRACT_A]]);
  });

  it('keeps hostile text as text (escaping is the reply builder’s job)', () => {
    const text = ['@everyone **Bold** Paper', `<@123> ${ABSTRACT_A}`].join('\n');
    const digest = parseTextDigest('i.txt', text);
    expect(digest.entries[0]?.title).toBe('@everyone **Bold** Paper');
  });
});
