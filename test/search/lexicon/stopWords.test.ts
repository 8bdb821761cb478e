// One row per stop word: it is dropped from queries and indexed text (it carries no topic), while a
// content word next to it is kept.
import { describe, expect, it } from 'vitest';
import { processTerm } from '../../../src/search/analyze.js';
import { QUERY_FILLER, STOP_WORDS } from '../../../src/search/lexicon/stopWords.js';

describe('stop words', () => {
  it.each([...STOP_WORDS])('"%s" is no topic word', (word) => {
    expect(processTerm(word)).toBeNull();
    expect(processTerm('diffusion')).not.toBeNull();
  });

  it.each([...QUERY_FILLER])('"%s" is filler around a topic, all lower case', (word) => {
    expect(word).toBe(word.toLowerCase());
    expect(word).toMatch(/^[a-z]+$/);
  });
});
