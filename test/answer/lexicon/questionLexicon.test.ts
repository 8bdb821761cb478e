// One row per word of the question-reader's word sets (src/answer/lexicon/questionLexicon.ts): the
// question or sentence that shows what the word does there. Words that cannot act are named below
// with the reason, so the table says which entries are dead weight rather than hiding them.
import { describe, expect, it } from 'vitest';
import { hasHardware } from '../../../src/answer/compose/evidence.js';
import { FRAME_WORDS, GENERIC_HARDWARE, HARDWARE_WORDS, LINK_VERBS, MEASURE_WORDS, SOFT_WORDS } from '../../../src/answer/lexicon/questionLexicon.js';
import type { Asks } from '../../../src/answer/question/classifyQuestion.js';
import { questionTerms } from '../../../src/answer/question/questionTerms.js';
import { questionTokens } from '../../../src/answer/question/questionTokens.js';

const termsOf = (question: string, asks: Asks, across: boolean) => questionTerms(questionTokens(question), asks, new Set(), null, across);

// Entries that never act: a question's and a sentence's words are split at hyphens, and stop words
// are set aside before the measure words are looked at.
const NO_EFFECT: Record<string, readonly string[]> = {
  MEASURE_WORDS: ['speed-up', 'speed-ups', 'well', 'more'],
  HARDWARE_WORDS: ['memory-bound'],
};
const acting = (name: string, set: ReadonlySet<string>): string[] => [...set].filter((w) => !(NO_EFFECT[name] ?? []).includes(w));

describe('question word sets, one row per word', () => {
  it.each([...FRAME_WORDS])('frame word "%s" is not part of the topic', (word) => {
    expect(termsOf(`zebra ${word}`, 'general', false).topic).toEqual(['zebra']);
  });

  it.each([...SOFT_WORDS])('soft word "%s" helps rank but is not required', (word) => {
    const terms = termsOf(`zebra ${word}`, 'general', false);
    expect(terms.soft).toHaveLength(1);
    expect(terms.topic).toEqual(['zebra']);
  });

  it.each([...LINK_VERBS])('link verb "%s" is not part of an across-papers topic', (word) => {
    expect(termsOf(`zebra ${word}`, 'general', true).topic).toEqual(['zebra']);
  });

  it.each(acting('MEASURE_WORDS', MEASURE_WORDS))('measure word "%s" is the yardstick, not the topic', (word) => {
    const terms = termsOf(`zebra ${word}`, 'general', false);
    expect(terms.measureWords).toEqual([word]);
    expect(terms.topic).toEqual(['zebra']);
  });

  it.each(acting('HARDWARE_WORDS', HARDWARE_WORDS))('hardware word "%s" answers a hardware question', (word) => {
    expect(hasHardware(`It runs on the ${word} today.`)).toBe(true);
  });

  it.each([...GENERIC_HARDWARE])('generic hardware word "%s" is left out of a hardware question\'s topic only', (word) => {
    expect(termsOf(`zebra ${word}`, 'hardware', false).topic).toEqual(['zebra']);
    expect(termsOf(`zebra ${word}`, 'general', false).topic).toContain(word);
  });

  it('the carriers alone hold nothing of the kind', () => {
    expect(hasHardware('It runs on the zebra today.')).toBe(false);
    expect(termsOf('zebra', 'general', false)).toMatchObject({ topic: ['zebra'], soft: [], measureWords: [] });
  });

  it.each(Object.entries(NO_EFFECT).flatMap(([name, list]) => list.map((w) => [name, w] as const)))('%s: "%s" has no effect (yet is listed)', (name, word) => {
    if (name === 'HARDWARE_WORDS') expect(hasHardware(`It runs on the ${word} today.`)).toBe(false);
    else expect(termsOf(`zebra ${word}`, 'general', false).measureWords).not.toContain(word);
  });
});
