import { describe, expect, it } from 'vitest';
import { fitTitle, RECORD_TITLE_LENGTH } from '../../src/digest/fitTitle.js';

describe('fitTitle', () => {
  it('leaves a title that fits the record alone', () => {
    expect(RECORD_TITLE_LENGTH).toBe(300);
    expect(fitTitle('Short Title')).toEqual({ title: 'Short Title', full: null });
    expect(fitTitle('x'.repeat(300))).toEqual({ title: 'x'.repeat(300), full: null });
  });

  it('cuts a longer title at a word boundary with an ellipsis and keeps the full one', () => {
    const long = `Towards ${'Scalable and Robust '.repeat(20)}Zebrafish Learning`;
    const fitted = fitTitle(long);
    expect(fitted.title.length).toBeLessThanOrEqual(300);
    expect(fitted.title).toMatch(/ (?:Towards|Scalable|and|Robust)…$/);
    expect(long.startsWith(fitted.title.slice(0, -1))).toBe(true);
    expect(fitted.full).toBe(long);
  });

  it('cuts a title without spaces too', () => {
    expect(fitTitle('x'.repeat(5000))).toEqual({ title: `${'x'.repeat(299)}…`, full: `${'x'.repeat(1999)}…` });
  });
});
