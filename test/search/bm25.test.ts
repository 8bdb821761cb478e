import { describe, expect, it } from 'vitest';
import { bm25Idf, bm25Score, BM25_PARAMS } from '../../src/search/bm25.js';
import { popcount, siftDown, siftUp } from '../../src/search/topHits.js';

describe('bm25Idf', () => {
  it('is larger for rarer terms and never negative (BM25+ keeps common terms above zero)', () => {
    expect(bm25Idf(1000, 1)).toBeGreaterThan(bm25Idf(1000, 100));
    expect(bm25Idf(1000, 1000)).toBeGreaterThan(0);
    expect(bm25Idf(10, 1)).toBeCloseTo(Math.log(1 + 9.5 / 1.5), 12);
  });
});

describe('bm25Score', () => {
  const idf = bm25Idf(100, 5);

  it('matches the BM25+ formula with k = 1.2, b = 0.7, d = 0.5 (minisearch defaults)', () => {
    expect(BM25_PARAMS).toEqual({ k: 1.2, b: 0.7, d: 0.5 });
    // tf 2 in a field of average length: idf × (0.5 + 2 × 2.2 / (2 + 1.2)).
    expect(bm25Score(2, 10, 10, idf)).toBeCloseTo(idf * (0.5 + 4.4 / 3.2), 12);
  });

  it('grows with term frequency, but saturates', () => {
    const s1 = bm25Score(1, 10, 10, idf);
    const s2 = bm25Score(2, 10, 10, idf);
    const s20 = bm25Score(20, 10, 10, idf);
    expect(s2).toBeGreaterThan(s1);
    expect(s20 - bm25Score(19, 10, 10, idf)).toBeLessThan(s2 - s1);
    expect(s20).toBeLessThan(idf * (BM25_PARAMS.d + BM25_PARAMS.k + 1));
  });

  it('favours the shorter field for the same count, and keeps the + floor for a match in a huge field', () => {
    expect(bm25Score(1, 5, 10, idf)).toBeGreaterThan(bm25Score(1, 50, 10, idf));
    expect(bm25Score(1, 100_000, 10, idf)).toBeGreaterThan(idf * BM25_PARAMS.d);
  });
});

describe('top hits heap', () => {
  it('keeps the weakest of the kept scores at the root', () => {
    const score = new Float64Array(4);
    const doc = new Uint32Array(4);
    [5, 1, 9, 3].forEach((s, i) => {
      score[i] = s;
      doc[i] = i;
      siftUp(score, doc, i);
    });
    expect(score[0]).toBe(1);
    expect(doc[0]).toBe(1);
    score[0] = 7;
    doc[0] = 9;
    siftDown(score, doc, 4);
    expect(score[0]).toBe(3);
    expect(doc[0]).toBe(3);
  });

  it('popcount counts the query terms matched', () => {
    expect(popcount(0)).toBe(0);
    expect(popcount(0b1011)).toBe(3);
    expect(popcount(0x80000000 | 1)).toBe(2);
  });
});
