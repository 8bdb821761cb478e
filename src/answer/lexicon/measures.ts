// What a "how much" question measures, and what a sentence must hold to answer it, as named lists.
// Each entry is a word or a short pattern (regex source); test/answer/lexicon/measures.test.ts gives
// every entry an example it must match. Patterns are built from the lists below.

import type { Measure } from '../question/classifyQuestion.js';

/** The yardsticks a question names, tried in this order (`time` before `speed`: "how long does training take"). */
export type QuestionMeasure = 'speed' | 'accuracy' | 'memory' | 'cost' | 'size';

/** Words of a question that name its yardstick, each a whole word. */
export const QUESTION_MEASURE_WORDS: Record<QuestionMeasure, readonly string[]> = {
  speed: ['faster', 'fast', 'quick', 'quicker', 'slower', 'speed-?ups?', 'speed', 'latency', 'throughput', 'time', 'accelerat\\w*', 'wall-clock', 'runtime'],
  accuracy: [
    'accuracy', 'accuracies', 'accurate', 'score', 'scores', 'pass@\\w+', 'perplexity', 'error', 'f1', 'bleu', 'precision', 'recall',
    'well', 'good', 'performance', 'perform', 'win rate', 'success rate', 'solve rate',
  ],
  memory: ['memory', 'footprint', 'storage', 'ram', 'gb', 'cache'],
  cost: ['cost', 'costs', 'cheap', 'cheaper', 'expensive', 'price', 'budget'],
  size: ['large', 'big', 'small', 'size', 'parameters?', 'params', 'wide', 'deep', 'layers'],
};

/** A question's yardstick words as one whole-word pattern per measure. */
export function questionMeasurePattern(measure: QuestionMeasure): RegExp {
  return new RegExp(`\\b(?:${QUESTION_MEASURE_WORDS[measure].join('|')})\\b`);
}

/** What a sentence with a figure must also hold to answer a question of each measure (case-insensitive, anywhere). */
export const EVIDENCE_MEASURE_CUES: Record<Exclude<Measure, 'count' | 'any'>, readonly string[]> = {
  speed: ['speed', 'faster', 'slower', 'latency', 'throughput', 'wall-clock', 'runtime', 'accelerat', 'per second', 'tokens\\/s', '\\bms\\b', 'seconds', 'minutes', 'hours', 'efficien'],
  accuracy: [
    'accura', '%', 'score', 'pass@', '\\bf1\\b', 'bleu', 'rouge', 'perplexity', 'error', 'precision', 'recall', 'top-?[15]\\b', 'win rate',
    'success', 'solv', 'ssim', 'psnr', '\\bauc\\b', 'points', 'coverage', 'outperform', 'improv', 'state-of-the-art',
  ],
  memory: ['memory', '\\bgb\\b', '\\bmb\\b', 'footprint', 'storage', '\\bram\\b', 'cache', 'bits?\\b', 'compress'],
  cost: ['cost', 'cheap', 'price', '\\$', 'dollar', 'usd', 'budget', 'expens'],
  price: ['\\$\\s?\\d', '\\d\\s?(?:usd|dollars?|eur|euros?)\\b', '€\\s?\\d', '£\\s?\\d'],
  time: ['\\b(?:hours?|days?|weeks?|minutes?|seconds?|ms|milliseconds?|wall-clock|time)\\b'],
  size: ['param', 'billion', 'million', '\\d+(?:\\.\\d+)?[bmk]\\b', 'layers', 'size', 'tokens', 'width', 'depth'],
};

/** A sentence's cue pattern for a measure; `count` and `any` take any sentence with a figure. */
export function evidenceMeasurePattern(measure: Measure): RegExp {
  if (measure === 'count' || measure === 'any') return /./;
  return new RegExp(EVIDENCE_MEASURE_CUES[measure].join('|'), 'i');
}
