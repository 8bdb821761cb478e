// What an abstract sentence must hold to answer a hardware or benchmark question beyond single
// words — hardware named by a phrase ("tensor cores", "systolic arrays"), words of an evaluation, the
// prepositions that put a benchmark name in a result ("on GSM8K") — as named lists the patterns of
// compose/evidence.ts are built from. Entries are words or short patterns (regex source); every entry
// has a row in test/answer/lexicon/figures.test.ts.

import { oneOf } from './questionKinds.js';

/** Hardware named by a phrase, or inside a hyphenated word that the word split would break. */
export const HARDWARE_PHRASES: readonly string[] = [
  'tensor cores?', 'on-chip', 'matrix[- ]multipl\\w* units?', 'matmul units?', 'systolic arrays?',
];
/** A sentence naming hardware by a phrase (case-insensitive, anywhere). */
export const HARDWARE_PHRASE = new RegExp(HARDWARE_PHRASES.join('|'), 'i');

/** Word starts of an evaluation ("benchmarks", "evaluated", "test set"). */
export const EVALUATION_WORDS: readonly string[] = ['benchmark', 'dataset', 'evaluat', 'experiment', 'tested', 'test set', 'suite', 'corpus'];
/** A sentence reporting an evaluation. */
export const EVALUATION_CUE = new RegExp(`\\b${oneOf(EVALUATION_WORDS)}`, 'i');

/** Words that put the name after them in a result ("on GSM8K", "across MMLU", "such as HumanEval"). */
export const RESULT_PREPOSITIONS: readonly string[] = ['on', 'across', 'using', 'with', 'from', 'including', 'such as', 'like'];
/** The text just before a name ends in one of the prepositions and up to three more words. */
export const BEFORE_RESULT_NAME = new RegExp(`\\b${oneOf(RESULT_PREPOSITIONS)}\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}?$`, 'i');
