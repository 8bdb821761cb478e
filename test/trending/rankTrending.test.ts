import { describe, expect, it } from 'vitest';
import { NO_LIVE_FIELDS, type Paper } from '../../src/digest/schema.js';
import { latestAppearance, rankTrending, trendingScore } from '../../src/trending/rankTrending.js';

const NOW = new Date('2026-11-23T12:00:00Z');

function paper(title: string, date: string | null, publishedAt: string | null = null): Paper {
  return {
    id: title.toLowerCase().replace(/\s+/g, '-'), title, abstract: 'An abstract.', aliases: [], introduced: [], codeLinks: [], authorCount: null, authors: [],
    publishedAt, upvotes: null, arxivId: null, appearances: [{ digest: `${title}.txt`, line: 1, dateLabel: null, date }], ...NO_LIVE_FIELDS,
  };
}

describe('rankTrending with dates from outside', () => {
  it('ignores a listing date after tomorrow or before 1991, so it never sits on top', () => {
    const future = paper('Future', '2999-01-01');
    const ancient = paper('Ancient', '1970-01-01');
    const recent = paper('Recent', '2026-11-20');
    expect(latestAppearance(future, NOW)).toBeNull();
    expect(latestAppearance(ancient, NOW)).toBeNull();
    expect(trendingScore(future, NOW)).toBe(0);
    expect(rankTrending([future, ancient, recent], NOW).map((p) => p.title)[0]).toBe('Recent');
  });

  it('accepts tomorrow, for time zones ahead of UTC', () => {
    expect(latestAppearance(paper('Tomorrow', '2026-11-24'), NOW)).toBe('2026-11-24');
    expect(latestAppearance(paper('Later', '2026-11-25'), NOW)).toBeNull();
  });

  it('breaks ties on plausible publication dates only', () => {
    const a = paper('A', null, '2999-12-31');
    const b = paper('B', null, '2026-01-01');
    expect(rankTrending([a, b], NOW).map((p) => p.title)).toEqual(['B', 'A']);
  });
});
