import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, splitSentences } from '../../src/text/splitSentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on sentence ends and keeps offsets into the original text', () => {
    const text = 'First sentence here.  Second one? Third!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First sentence here.', 'Second one?', 'Third!']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after e.g., i.e., et al., Fig., vs. or inside decimals', () => {
    expect(texts('Methods (e.g. Adam) work, i.e. They converge. Smith et al. Showed it in Fig. 3 and vs. Baselines. It reaches 3.5 points.')).toEqual([
      'Methods (e.g. Adam) work, i.e. They converge.',
      'Smith et al. Showed it in Fig. 3 and vs. Baselines.',
      'It reaches 3.5 points.',
    ]);
  });

  it('keeps URLs whole and splits after a URL that ends a sentence', () => {
    expect(texts('Code is at https://github.com/a/b.c/tree. We thank all. See github.com/x/y.z for more.')).toEqual([
      'Code is at https://github.com/a/b.c/tree.',
      'We thank all.',
      'See github.com/x/y.z for more.',
    ]);
  });

  it('splits where a period lacks its space ("concepts.To") and after a closing bracket', () => {
    expect(texts('It fails on concepts.To tackle this, we act (see Sec. 2). Then we win.')).toEqual([
      'It fails on concepts.',
      'To tackle this, we act (see Sec. 2).',
      'Then we win.',
    ]);
  });

  it('keeps a name with an inner dot (Bitnet.cpp) and an initial (H. Barlow) inside the sentence', () => {
    expect(texts('We introduce Bitnet.cpp, a system. It follows H. Barlow closely.')).toEqual(['We introduce Bitnet.cpp, a system.', 'It follows H. Barlow closely.']);
  });

  it('returns the whole text as one sentence when it has no end mark', () => {
    expect(texts('  no end mark here  ')).toEqual(['no end mark here']);
    expect(texts('')).toEqual([]);
  });
});

describe('the abbreviations a period may follow without ending a sentence', () => {
  it.each([...ABBREVIATIONS])('"%s."', (abbreviation) => {
    expect(texts(`We follow the ${abbreviation}. Next words follow.`)).toHaveLength(1);
    // The same letters as part of a longer word end the sentence.
    expect(texts(`We follow the ${abbreviation}x. Next words follow.`)).toHaveLength(2);
  });
});

describe('long texts', () => {
  it('a long text splits as its parts do, in linear time', () => {
    const part = 'We propose Foo, a novel method (e.g. for graphs). It is 3.5 times faster, see Fig. 2! Why? ';
    const parts = texts(part);
    const long = part.repeat(2000);
    const start = performance.now();
    expect(texts(long)).toEqual(Array.from({ length: 2000 }, () => parts).flat());
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
