import { describe, expect, it } from 'vitest';
import { plausibleDate } from '../../src/digest/dates.js';
import { parseTextDigest } from '../../src/digest/parseTextDigest.js';

const NOW = new Date('2026-12-04T23:30:00Z');
const ABSTRACT = 'We study a problem and show that our method is better than the baselines on every benchmark we tried, by a wide margin.';

describe('plausibleDate', () => {
  it.each([
    ['1991-01-01', true], ['1990-12-31', false], ['2026-12-05', true], ['2026-12-06', false], ['2999-01-01', false],
    ['2026-02-30', false], ['not a date', false], ['2026-12-04', true],
  ])('%s → %s', (iso, expected) => {
    expect(plausibleDate(iso, NOW)).toBe(expected);
  });
});

describe('parseTextDigest with implausible dates', () => {
  it('ignores a digest date and publication dates after tomorrow or before 1991, naming file and line', () => {
    const text = ['Mar 12, 2150', '', 'Paper A', '', ABSTRACT, '• 3 authors', '·', 'Oct 25, 2150 12', '', 'Paper B', '', ABSTRACT, 'Jan 1, 1980', '', 'Paper C', '', ABSTRACT, 'Dec 5, 2026 4'].join('\n');
    const digest = parseTextDigest('f.txt', text, NOW);
    expect(digest.date).toBeNull();
    expect(digest.dateLabel).toBeNull();
    expect(digest.entries.map((e) => [e.title, e.publishedAt, e.upvotes, e.authorCount])).toEqual([
      ['Paper A', null, 12, 3], ['Paper B', null, null, null], ['Paper C', '2026-12-05', 4, null],
    ]);
    expect(digest.warnings).toEqual([
      'digest-loader: f.txt:1: digest date 2150-03-12 is after tomorrow or before 1991; ignored',
      'digest-loader: f.txt:8: publication date 2150-10-25 is after tomorrow or before 1991; ignored',
      'digest-loader: f.txt:13: publication date 1980-01-01 is after tomorrow or before 1991; ignored',
    ]);
  });

  it('ignores a future date line heading a digest in the published layout', () => {
    const digest = parseTextDigest('g.txt', ['Oct 25, 2150', '', 'Paper A', '', ABSTRACT].join('\n'), NOW);
    expect([digest.dateLabel, digest.date, digest.entries.length]).toEqual([null, null, 1]);
    expect(digest.warnings).toEqual(['digest-loader: g.txt:1: digest date 2150-10-25 is after tomorrow or before 1991; ignored']);
  });
});
