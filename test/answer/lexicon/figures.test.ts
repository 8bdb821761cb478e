// The figure, worded-duration, count, hardware-phrase and benchmark-result patterns of
// compose/evidence.ts, built from the lists in figures.ts and evidenceCues.ts: each is the very
// pattern it replaced (kept below as it was written), and each list entry has a row — an example
// sentence that matches because of that entry.
import { describe, expect, it } from 'vitest';
import { hasFigure, hasMeasure } from '../../../src/answer/compose/evidence.js';
import * as E from '../../../src/answer/lexicon/evidenceCues.js';
import * as F from '../../../src/answer/lexicon/figures.js';
import { escapeRegExp } from '../../../src/text/escapeRegExp.js';
import { describeEntryRows, type Slot } from './slotRows.js';

// The literals the lists replaced, as they stood in evidence.ts.
const REPLACED: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  ['FIGURE', F.FIGURE, /(?<![\p{L}\p{N}_-]|\p{N}\.)\d+(?:[.,]\d+)*(?!\p{L}{2}|-?D\b)|\b(?:twice|half|double[sd]?|tripl\w+|(?:an? |one |two |three |four |several )?orders? of magnitude|an? magnitude|(?:two|three|four|five|six|seven|eight|nine|ten)(?:-fold| times| fold))\b/u],
  ['WORDED_TIME', F.WORDED_TIME, /\b(?:a matter of|within|in|under|few|several|hundreds of|thousands of)\s+(?:an?\s+)?(?:milliseconds?|seconds?|minutes?|hours?|days?|weeks?)\b/i],
  ['HARDWARE_PHRASE', E.HARDWARE_PHRASE, /tensor cores?|on-chip|matrix[- ]multipl\w* units?|matmul units?|systolic arrays?/i],
  ['EVALUATION_CUE', E.EVALUATION_CUE, /\b(?:benchmark|dataset|evaluat|experiment|tested|test set|suite|corpus)/i],
  ['BEFORE_RESULT_NAME', E.BEFORE_RESULT_NAME, /\b(?:on|across|using|with|from|including|such as|like)\s+(?:the\s+)?(?:\S+\s+){0,3}?$/i],
];

// The count pattern as evidence.ts built it inline, for any stem.
const oldCountNear = (stem: string): RegExp =>
  new RegExp(`(?:\\d[\\d.,]*\\s?(?:%|×|x\\b|[kmb]\\b)?[)\\]]?|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\\b)\\s+(?:\\S+\\s+){0,5}?${escapeRegExp(stem)}`, 'i');

describe('the built patterns are the literals they replaced', () => {
  it.each(REPLACED)('%s', (_name, built, old) => {
    expect(built.source).toBe(old.source);
    expect(built.flags).toBe(old.flags);
  });

  it.each(['model', 'sampl', 'c++', 'task.'])('countNearPattern("%s")', (stem) => {
    expect(F.countNearPattern(stem).source).toBe(oldCountNear(stem).source);
    expect(F.countNearPattern(stem).flags).toBe(oldCountNear(stem).flags);
  });
});

const SLOTS: Record<string, Slot> = {
  WORDED_MULTIPLES: { list: F.WORDED_MULTIPLES, pattern: F.FIGURE, carrier: 'It is {} as fast.' },
  MAGNITUDE_COUNTS: { list: F.MAGNITUDE_COUNTS, pattern: F.FIGURE, carrier: 'It is {} order of magnitude faster.', optional: true },
  FOLD_NUMBERS: { list: F.FOLD_NUMBERS, pattern: F.FIGURE, carrier: 'It is {}-fold faster.' },
  FOLD_SUFFIXES: { list: F.FOLD_SUFFIXES, pattern: F.FIGURE, carrier: 'It is two{} faster.' },
  DURATION_LEADS: { list: F.DURATION_LEADS, pattern: F.WORDED_TIME, carrier: 'It trains {} hours.' },
  TIME_UNITS: { list: F.TIME_UNITS, pattern: F.WORDED_TIME, carrier: 'It trains within {}.' },
  COUNT_WORDS: { list: F.COUNT_WORDS, pattern: F.countNearPattern('model'), carrier: 'We test {} models.' },
  HARDWARE_PHRASES: { list: E.HARDWARE_PHRASES, pattern: E.HARDWARE_PHRASE, carrier: 'It runs on {} today.' },
  EVALUATION_WORDS: { list: E.EVALUATION_WORDS, pattern: E.EVALUATION_CUE, carrier: 'We report {} results.' },
  // The text just before a benchmark name.
  RESULT_PREPOSITIONS: { list: E.RESULT_PREPOSITIONS, pattern: E.BEFORE_RESULT_NAME, carrier: 'results {} the big ' },
};

describeEntryRows('evidence words, one row per entry', SLOTS);

describe('the lists decide real sentences', () => {
  it('a multiple in words is a figure; a duration in words answers "how long"', () => {
    expect(hasFigure('It runs two orders of magnitude faster than the baseline.')).toBe(true);
    expect(hasFigure('A three-fold reduction in memory.')).toBe(true);
    expect(hasMeasure('It trains in a matter of minutes on one GPU.', 'time', null)).toBe(true);
    expect(hasMeasure('It trains quickly on one GPU.', 'time', null)).toBe(false);
  });
});
