import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/digest/loadDigests.js';
import { prepareDigest } from '../../src/digest/prepareDigest.js';

// Valid entries: a title (words of any script, never a date, header or sentence) and an abstract.
const TITLE_WORDS = ['Scalable', 'Neural', 'Graph', 'Learning', 'Diffusion', 'Sparse', 'Attention', 'Robust', 'Agents', 'Towards', 'Efficient',
  'Delta', 'Pi', 'Sigma', 'Omega', 'Transformers', 'Μάθηση', '学習', 'Обучение', 'Tuning', 'Benchmark', 'for', 'of', 'with'];
const ABSTRACT_WORDS = ['we', 'study', 'models', 'data', 'training', 'results', 'show', 'gains', 'robust', 'sparse', 'graphs', 'agents', 'tasks'];

const entry = fc.record({
  words: fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 10 }),
  long: fc.boolean(),
  body: fc.array(fc.constantFrom(...ABSTRACT_WORDS), { minLength: 12, maxLength: 40 }),
  meta: fc.constantFrom<string[]>([], ['• 3 authors'], ['• 7 authors', '·', 'Oct 25, 2023 12'], ['42']),
  blank: fc.boolean(),
});

// Garbage a scrape picks up between entries: chrome, separators, stray numbers and symbols,
// short fragments with letters, orphan prose paragraphs.
const garbage = fc.oneof(
  fc.constantFrom('·', '•', '-', '|', '', '   ', '!!!???', '----', '12:30', '***', '— — —', 'new', 'Subscribe', 'Daily Papers', '🚀🚀'),
  fc.string({ unit: fc.constantFrom(...'!@#$%^&*()_+-=[]{};:,.<>/? 0123456789'), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnop '), minLength: 1, maxLength: 20 }),
  fc.array(fc.constantFrom(...ABSTRACT_WORDS), { minLength: 14, maxLength: 30 }).map((w) => `Moreover ${w.join(' ')} of the data.`),
);

const digest = fc.array(fc.tuple(fc.array(garbage, { maxLength: 4 }), entry), { minLength: 1, maxLength: 12 });

describe('loader property', () => {
  it('never loses a valid entry among garbage lines', () => {
    fc.assert(fc.property(digest, fc.constantFrom('\n', '\r\n'), (parts, eol) => {
      const lines: string[] = [];
      const expected = new Map<string, string>();
      parts.forEach(([junk, e], i) => {
        lines.push(...junk);
        // Every title is unique; a long one (over the record's 300 characters) tests the structure rule.
        const title = `${e.words.join(' ')} ${i}${e.long ? ` ${'Extended Robust Sparse Graphs '.repeat(12)}Study` : ''}`;
        const abstract = `We show that ${e.body.join(' ')} on the benchmark ${i}${e.long ? ` ${e.body.join(' ').repeat(3)}`.repeat(2) : ''}.`;
        expected.set(title, abstract);
        lines.push(title, ...(e.blank ? [''] : []), abstract, ...e.meta);
      });
      const prepared = prepareDigest('p.txt', new TextEncoder().encode(lines.join(eol)));
      const catalogue = buildCatalogue([prepared]);
      expect(catalogue.warnings.filter((w) => /failed validation/.test(w))).toEqual([]);
      const byFullTitle = new Map(catalogue.papers.map((p) => [p.aliases.find((a) => a.length > 300) ?? p.title, p]));
      for (const [title, abstract] of expected) {
        expect(byFullTitle.get(title)?.abstract, title.slice(0, 80)).toBe(abstract);
      }
    }), { numRuns: 150 });
  });

  // Regressions the property found.
  it('reads a long title after a stray line, and a text digest that opens with a stray "[" or "[{"', () => {
    const abstract = `We show that ${'sparse graphs help agents '.repeat(4)}on the benchmark.`;
    const long = `Scalable ${'Extended Robust Sparse Graphs '.repeat(12)}Study`;
    for (const text of [`a\n${long}\n${abstract}`, `[\nScalable 0\n${abstract}`, `[{\nScalable 0\n${abstract}`]) {
      const catalogue = buildCatalogue([prepareDigest('r.txt', new TextEncoder().encode(text))]);
      expect(catalogue.papers.map((p) => p.abstract)).toEqual([abstract]);
    }
  });
});
