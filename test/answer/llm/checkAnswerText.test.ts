import { describe, expect, it } from 'vitest';
import { checkAnswerText } from '../../../src/answer/llm/checkAnswerText.js';
import { markerNumbers } from '../../../src/answer/llm/citationMarkers.js';
import { quotationFound } from '../../../src/answer/compose/matchText.js';
import { findQuotations } from '../../../src/answer/compose/quotations.js';
import { makePaper } from '../fixtures.js';

const A = makePaper({ id: 'a', title: 'Alpha Paper', abstract: 'We propose “SwiftNet” — a fast network. It reaches 91% accuracy… on ImageNet. The model\u2019s memory is small.' });
const B = makePaper({ id: 'b', title: 'Beta Paper', abstract: 'Our sampler is unbiased and needs no tuning.' });

describe('findQuotations', () => {
  it.each([
    ['straight', 'He said "x y" today', ['x y']],
    ['curly', 'He said “x y” today', ['x y']],
    ['German', 'Er sagte „x y“ heute', ['x y']],
    ['single curly with an apostrophe inside', 'They call it ‘the model’s best’ [1]', ['the model’s best']],
    ['guillemets', 'Il dit «x y» et »z«', ['x y', 'z']],
    ['CJK', '著者は「速い」と言う', ['速い']],
    ['apostrophes only', 'The model’s output and the authors\' claim', []],
  ])('finds %s quotations', (_, text, expected) => {
    expect(findQuotations(text)?.map((q) => q.text)).toEqual(expected);
  });

  it.each(['He said “x y today', 'He said "x y today', 'x y» today', 'He said ‘x y today'])('reports an unpaired mark in %j', (text) => {
    expect(findQuotations(text)).toBeNull();
  });
});

describe('markerNumbers', () => {
  it('reads single, listed and ranged markers', () => {
    expect(markerNumbers('a [1] b [2, 3] c [4–6] d [7][8] e [2-999]')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 2, 999]);
  });
});

describe('quotationFound', () => {
  it('ignores quote style, dashes, ellipses, case, compatibility forms and spacing', () => {
    expect(quotationFound(A.abstract, '"SwiftNet" - a FAST  network')).toBe(true);
    expect(quotationFound(A.abstract, 'reaches 91% accuracy... on ﬁ'.replace('ﬁ', 'ImageNet'))).toBe(true);
    expect(quotationFound('ﬁne-tuning helps', 'fine–tuning helps')).toBe(true);
  });

  it('reads an ellipsis as an elision whose parts must appear in order', () => {
    expect(quotationFound(A.abstract, 'We propose … a fast network')).toBe(true);
    expect(quotationFound(A.abstract, 'a fast network … We propose')).toBe(false);
    expect(quotationFound(A.abstract, 'We propose [...] a slow network')).toBe(false);
  });
});

describe('checkAnswerText', () => {
  it('accepts quotations found in the abstract their sentence cites', () => {
    expect(checkAnswerText('They call it ‘SwiftNet’ [1]. The sampler “needs no tuning” [2].', [A, B])).toBeNull();
    expect(checkAnswerText('As the abstract puts it, “the model’s memory is small”.', [A, B])).toBeNull();
  });

  it('refuses a quotation the cited abstract lacks, even if another cited abstract has it', () => {
    expect(checkAnswerText('The authors state: “SwiftNet beats every baseline” [1].', [A])).toMatch(/quotes words its cited abstracts lack/);
    expect(checkAnswerText('SwiftNet “needs no tuning” [1].', [A, B])).toMatch(/quotes words its cited abstracts lack/);
  });

  it('refuses markers that point past the citations and unpaired quotation marks', () => {
    expect(checkAnswerText('Fast [1], unbiased [3].', [A, B])).toBe('answer cites [3] but has 2 citation(s)');
    expect(checkAnswerText('Fast [0].', [A])).toBe('answer cites [0] but has 1 citation(s)');
    expect(checkAnswerText('They say “SwiftNet is fast [1].', [A])).toBe('answer has an unpaired quotation mark');
  });
});
