// One row per entry of the question-kind lists: the simplest text the entry matches is found, as a
// whole word, by its kind's pattern; the same letters glued inside a longer word are not.
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../../src/answer/question/classifyQuestion.js';
import {
  APPEARANCE_WORDS, AUTHOR_WORDS, BENCHMARK_WORDS, HARDWARE_WORDS_IN_QUESTIONS, LIMITATION_QUESTION_WORDS, UNSUPPORTED_WORDS, UPVOTE_WORDS,
  wholeWords,
} from '../../../src/answer/lexicon/questionKinds.js';
import { simplest } from './simplest.js';

const LISTS = { APPEARANCE_WORDS, AUTHOR_WORDS, BENCHMARK_WORDS, HARDWARE_WORDS_IN_QUESTIONS, LIMITATION_QUESTION_WORDS, UNSUPPORTED_WORDS, UPVOTE_WORDS };
const rows = Object.entries(LISTS).flatMap(([name, list]) => list.map((entry) => [name, entry, simplest(entry)] as const));

describe('question kinds, one row per entry', () => {
  it('simplest() reads the patterns the lists use', () => {
    expect(simplest('up-?votes?')).toBe('upvote');
    expect(simplest('(?:which|what) (?:day|issue)')).toBe('which day');
    expect(simplest('peer[- ]?review\\w*')).toBe('peerreview');
    expect(simplest('fund(?:ed|ing)')).toBe('funded');
    expect(simplest('figures?(?! out)')).toBe('figure');
    expect(simplest('pass@\\d+')).toBe('pass@1');
    expect(simplest('\\bms\\b')).toBe('ms');
  });

  it.each(rows)('%s: %s (e.g. "%s")', (name, entry, example) => {
    const list = LISTS[name as keyof typeof LISTS];
    expect(new RegExp(`^(?:${entry})$`).test(example)).toBe(true);
    expect(wholeWords(list).test(`tell me ${example} please`)).toBe(true);
    expect(wholeWords([entry]).test(`tell me x${example.replace(/[^a-z0-9]/g, '')}x please`)).toBe(false);
  });
});

describe('the lists decide real questions', () => {
  it.each([
    ['How many upvotes does FlashAttention have?', 'upvotes'],
    ['Who wrote the PLANSEARCH paper?', 'authors'],
    ['Which digests featured Mamba?', 'appearances'],
    ['What are the limitations of ZipCache?', 'limitation'],
    ['Does FlashAttention need special hardware?', 'hardware'],
    ['Which benchmarks was PLANSEARCH evaluated on?', 'benchmark'],
    ['How many citations does Mamba have?', 'unsupported'],
  ])('%s → %s', (question, asks) => {
    expect(classifyQuestion(question).asks).toBe(asks);
  });
});
