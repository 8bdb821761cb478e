// What counts as a figure in an abstract sentence — a number, or a multiple said in words ("twice",
// "an order of magnitude", "three-fold") — a duration said in words ("within minutes") and a count
// of a thing ("nine datasets"), as named
// lists the patterns of compose/evidence.ts are built from. Entries are words or short patterns
// (regex source); every entry has a row in test/answer/lexicon/figures.test.ts.

import { escapeRegExp } from '../../text/escapeRegExp.js';
import { oneOf } from './questionKinds.js';

/** A number not glued to a name ("GPT-2", "LLaMA3-8B") nor a dimension ("3D", "2-D"). */
const NUMBER = '(?<![\\p{L}\\p{N}_-]|\\p{N}\\.)\\d+(?:[.,]\\d+)*(?!\\p{L}{2}|-?D\\b)';

/** Multiples said in one word. */
export const WORDED_MULTIPLES: readonly string[] = ['twice', 'half', 'double[sd]?', 'tripl\\w+'];
/** How many orders of magnitude ("two orders of magnitude"); the count may be left out. */
export const MAGNITUDE_COUNTS: readonly string[] = ['an?', 'one', 'two', 'three', 'four', 'several'];
/** Numbers said in words before "-fold" or "times". */
export const FOLD_NUMBERS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const FOLD_SUFFIXES: readonly string[] = ['-fold', ' times', ' fold'];

/** A figure: a number or a spelled-out multiple. */
export const FIGURE = new RegExp(
  `${NUMBER}|\\b(?:${WORDED_MULTIPLES.join('|')}|${oneOf(MAGNITUDE_COUNTS.map((w) => `${w} `))}?orders? of magnitude|an? magnitude|` +
    `${oneOf(FOLD_NUMBERS)}${oneOf(FOLD_SUFFIXES)})\\b`,
  'u',
);

/** Words before a unit of time that make a duration ("a matter of minutes", "within seconds"). */
export const DURATION_LEADS: readonly string[] = ['a matter of', 'within', 'in', 'under', 'few', 'several', 'hundreds of', 'thousands of'];
/** Units of time. */
export const TIME_UNITS: readonly string[] = ['milliseconds?', 'seconds?', 'minutes?', 'hours?', 'days?', 'weeks?'];

/** A duration said in words ("a matter of minutes", "in under an hour", "within seconds"). */
export const WORDED_TIME = new RegExp(`\\b${oneOf(DURATION_LEADS)}\\s+(?:an?\\s+)?${oneOf(TIME_UNITS)}\\b`, 'i');

/** Numbers said in words before a counted noun ("nine real-life datasets", "hundreds of prompts"). */
export const COUNT_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens?', 'hundreds?',
  'thousands?', 'millions?',
];

/**
 * A count of the thing whose word starts with `stem` (literal text): a number ("6 models", "69.5%
 * fewer parameters", "5 out of 6 problems") or a number in words, at most five words before it.
 */
export function countNearPattern(stem: string): RegExp {
  return new RegExp(`(?:\\d[\\d.,]*\\s?(?:%|×|x\\b|[kmb]\\b)?[)\\]]?|\\b${oneOf(COUNT_WORDS)}\\b)\\s+(?:\\S+\\s+){0,5}?${escapeRegExp(stem)}`, 'i');
}
