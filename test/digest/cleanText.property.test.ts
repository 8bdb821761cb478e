import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/digest/cleanText.js';

// Ordinary prose words, among them every word a cleaning rule could mistake for LaTeX: Greek
// letter names (any case), `times`, `left`, `right`, `big`, `in`, `to`, `top`, `star`, `sum`…
// Left out, with reason: lower-case `epsilon` (only ever ε in the digests) and abbreviations a
// rule reads as an operator by design (`le`, `ge`, `ll`, `gg`, `pm`, `approx`).
const GREEK_WORDS = ['alpha', 'beta', 'gamma', 'delta', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho',
  'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega'];
const WORDS = [
  ...GREEK_WORDS, ...GREEK_WORDS.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`), 'Epsilon',
  'times', 'left', 'right', 'big', 'Big', 'in', 'to', 'top', 'star', 'sum', 'min', 'max', 'log', 'circle', 'dots', 'prime', 'bullet', 'cap', 'cup', 'tilde',
  'we', 'study', 'the', 'model', 'version', 'release', 'tuning', 'river', 'day', 'of', 'and', 'a', 'I', 'Tuning', 'Model', 'Agents', 'Bridges',
  'emphasize', 'sometimes', 'anecdote', 'strangle', 'Wrangle', 'Quadrangle', 'Langley', 'triangle', 'mathematics', 'textbook', 'Sigmoid', 'Deltas', 'alphabet', 'pie', 'music',
];
const PUNCTUATION = [', ', '. ', ': ', '; ', ' (', ') ', ' - ', ' / ', '? ', '! '];

// Numbers, but a single digit right before `times` reads as `3 × 4` by design, so numbers have two digits or more.
const number = fc.integer({ min: 10, max: 99_999 }).map(String);
const token = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: number });
// Sentences start with a capital, as in any abstract. A lower-case `bullet` opening a clause before a
// capitalized word (`computations: bullet On the positive side`) is the one place the cleaner reads
// the word as a list marker, so there the generator writes a capital.
const capitalized = (word: string): string => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
const opensSentence = (sep: string | undefined): boolean => sep === undefined || /[.?!] $/.test(sep);
const prose = fc.array(fc.tuple(token, fc.oneof({ weight: 5, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) })), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([t, sep], i) => {
    const before = i === 0 ? undefined : parts[i - 1]?.[1];
    const capital = opensSentence(before) || (t === 'bullet' && /[:;] $/.test(before ?? ''));
    return `${capital ? capitalized(t) : t}${sep}`;
  }).join('').trim());

const LATEX = ['{', '}', '^', '_', '\\', '$', '~', '`', "''", '``', 'x', 'N', '1', '2.5', 'times', 'alpha', 'Omega', 'mathcal', 'sqrt', 'frac', 'big', 'left(', 'right)',
  'ell', 'in R^', 'emph', 'bf ', 'tilde ', 'leq', 'rangle', '--', '%', 'https://a.io/x', '&amp;', ':', '|', '(', ')', '[', ']', 'sum_', 'cup', 'le ', 'e', '\u00a0',
  '\\Delta', '\\alpha', 'beta=', '_theta', 'Delta ', 'pi', ' ', ' '];
const latexish = fc.array(fc.constantFrom(...LATEX), { maxLength: 30 }).map((parts) => parts.join(''));

describe('cleanText properties', () => {
  it('is idempotent on prose, LaTeX-like text, their mixture and any string', () => {
    fc.assert(fc.property(fc.oneof(prose, latexish, fc.tuple(prose, latexish, prose).map((p) => p.join(' ')), fc.string({ unit: 'grapheme', maxLength: 80 })), (text) => {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
    }), { numRuns: 600 });
  });

  it('keeps every word and every number of ordinary prose', () => {
    fc.assert(fc.property(prose, (text) => {
      const out = cleanText(text);
      const runs = (s: string): string[] => s.match(/[A-Za-z]+|\d+/g) ?? [];
      expect(runs(out)).toEqual(runs(text));
    }), { numRuns: 600 });
  });

  // Regressions the properties found.
  it.each([
    ['the tilde Key', 'the tilde Key'],
    ['a bullet, fired', 'a bullet, fired'],
    ['the bullet Model', 'the bullet Model'],
    ['Strangle alpha', 'Strangle alpha'],
    ['Anecdote alpha', 'Anecdote alpha'],
    ['10 (alpha, alpha', '10 (alpha, alpha'],
    ['10 (alpha,', '10 (alpha,'],
    ['Omega a / alpha', 'Omega a / alpha'],
    ['Alpha tilde I alpha,', 'Alpha tilde I alpha,'],
    ['Alpha: bullet (', 'Alpha: bullet ('],
    ['Alpha (right) alpha', 'Alpha (right) alpha'],
    ['Think Big) alpha,', 'Think Big) alpha,'],
    ['the release (alpha) and the (alpha/beta) tests', 'the release (alpha) and the (alpha/beta) tests'],
  ])('keeps %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});
