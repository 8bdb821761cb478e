import { describe, expect, it } from 'vitest';
import { parseTextDigest } from '../../src/digest/parseTextDigest.js';
import { capWarnings, MAX_WARNINGS_PER_FILE } from '../../src/digest/warningCap.js';

describe('capWarnings', () => {
  it('keeps the first warnings of a file and counts the rest in one line', () => {
    const many = Array.from({ length: 25 }, (_, i) => `w${i}`);
    expect(capWarnings('a.txt', many)).toEqual([...many.slice(0, MAX_WARNINGS_PER_FILE), 'digest-loader: … and 5 more warnings in a.txt']);
    expect(capWarnings('a.txt', many.slice(0, 3))).toEqual(many.slice(0, 3));
  });

  it('folds a count from an earlier cap into its own', () => {
    const once = capWarnings('a.txt', Array.from({ length: 25 }, (_, i) => `w${i}`));
    expect(capWarnings('a.txt', ['decode', ...once, 'clean'])).toEqual([
      'decode', ...once.slice(0, 19), 'digest-loader: … and 7 more warnings in a.txt',
    ]);
  });

  it('is how the text parser reports a flood of bad lines', () => {
    const digest = parseTextDigest('g.txt', Array.from({ length: 1000 }, (_, i) => `Lonely title ${i}`).join('\n'));
    expect(digest.warnings).toHaveLength(21);
    expect(digest.warnings[20]).toBe('digest-loader: … and 980 more warnings in g.txt');
  });
});
