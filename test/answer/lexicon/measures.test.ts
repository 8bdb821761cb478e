// One row per entry of the measure lexicons: an example it must match; for question words, the same
// letters inside a longer word must not (whole words only).
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../../src/answer/question/classifyQuestion.js';
import {
  EVIDENCE_MEASURE_CUES,
  QUESTION_MEASURE_WORDS,
  evidenceMeasurePattern,
  questionMeasurePattern,
  type QuestionMeasure,
} from '../../../src/answer/lexicon/measures.js';

// Examples for entries that are patterns rather than plain words.
const EXAMPLES: Record<string, string> = {
  'speed-?ups?': 'speedups', 'accelerat\\w*': 'acceleration', 'pass@\\w+': 'pass@1', 'parameters?': 'parameter',
  'tokens\\/s': '900 tokens/s', '\\bms\\b': '12 ms', '\\bf1\\b': 'F1', 'top-?[15]\\b': 'top-1', '\\bauc\\b': 'AUC',
  '\\bgb\\b': '40 GB', '\\bmb\\b': '3 MB', '\\bram\\b': 'RAM', 'bits?\\b': '4 bits', '\\$': '$', '\\$\\s?\\d': '$ 5',
  '\\d\\s?(?:usd|dollars?|eur|euros?)\\b': '5 USD', '€\\s?\\d': '€5', '£\\s?\\d': '£5',
  '\\b(?:hours?|days?|weeks?|minutes?|seconds?|ms|milliseconds?|wall-clock|time)\\b': '3 hours', '\\d+(?:\\.\\d+)?[bmk]\\b': '7B',
};
const example = (entry: string): string => EXAMPLES[entry] ?? entry;

const questionRows = (Object.entries(QUESTION_MEASURE_WORDS) as [QuestionMeasure, readonly string[]][]).flatMap(([m, list]) => list.map((e) => [m, e] as const));
const evidenceRows = Object.entries(EVIDENCE_MEASURE_CUES).flatMap(([m, list]) => list.map((e) => [m, e] as const));

describe('question measure words', () => {
  it.each(questionRows)('%s: "%s"', (measure, entry) => {
    const word = example(entry);
    expect(questionMeasurePattern(measure).test(`how much ${word} does it give`)).toBe(true);
    expect(questionMeasurePattern(measure).test(`how much x${word.replace(/\W/g, '')}x does it give`)).toBe(false);
  });

  it('the lists decide the measure of a real question', () => {
    expect(classifyQuestion('How much faster is FlashAttention?').measure).toBe('speed');
    expect(classifyQuestion('How much memory does ZipCache save?').measure).toBe('memory');
    expect(classifyQuestion('How large is the model?').measure).toBe('size');
  });
});

describe('evidence measure cues', () => {
  it.each(evidenceRows)('%s: "%s"', (measure, entry) => {
    // The carrier sentence alone holds no cue, so the entry is what makes it count.
    expect(evidenceMeasurePattern(measure as never).test('It is 12 overall.')).toBe(false);
    expect(evidenceMeasurePattern(measure as never).test(`It is 12 ${example(entry)} overall.`)).toBe(true);
  });

  it.each(Object.keys(EVIDENCE_MEASURE_CUES))('%s: a sentence without any cue does not count', (measure) => {
    expect(evidenceMeasurePattern(measure as never).test('We study graphs of cats.')).toBe(false);
  });
});
