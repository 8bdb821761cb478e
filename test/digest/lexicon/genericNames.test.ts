// One row per entry of alias extraction's word lists, showing why it is there: with it, a name is
// refused (or a phrase is read as a name); beside it, a contrast the entry must not affect.
import { describe, expect, it } from 'vitest';
import { extractAliases } from '../../../src/digest/extractAliases.js';
import { GENERIC, HEAD_NOUN_LIST, LOWER_WORDS_IN_NAMES, MIXED_CASE_GENERIC, NOT_A_NAME_START } from '../../../src/digest/lexicon/genericNames.js';

const lower = (names: readonly string[]) => names.map((n) => n.toLowerCase());
const capitalized = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

describe('generic names: a field-wide term is never one paper\'s name', () => {
  it('a coined title prefix is a name (the contrast)', () => {
    expect(extractAliases('ZipCache: Faster Caching', 'We study caching.')).toEqual(['ZipCache']);
  });

  it.each([...GENERIC])('%s', (term) => {
    const title = `${term.toUpperCase()}: Faster Caching`;
    expect(lower(extractAliases(title, 'We study caching.'))).not.toContain(term.toUpperCase().toLowerCase());
  });

  it.each([...MIXED_CASE_GENERIC])('%s (as usually spelled)', (term) => {
    expect(extractAliases(`${term}: Faster Caching`, 'We study caching.')).not.toContain(term);
  });
});

describe('words that may stand inside a name', () => {
  it('a word outside the list ends the name (the contrast)', () => {
    expect(extractAliases('A Study', 'We propose Graph Learning using Trees (GLT), which helps.')).not.toContain('Graph Learning using Trees');
  });

  it.each([...LOWER_WORDS_IN_NAMES])('"%s" joins the words of a name', (word) => {
    expect(extractAliases('A Study', `We propose Graph Learning ${word} Trees (GLT), which helps.`)).toContain(`Graph Learning ${word} Trees`);
  });
});

describe('words that make a title prefix a description', () => {
  it('a capitalized prefix is a name (the contrast)', () => {
    expect(extractAliases('Deep Scaling: A Study', 'We study scaling.')).toContain('Deep Scaling');
  });

  it.each([...NOT_A_NAME_START])('"%s …:" is no name', (word) => {
    expect(extractAliases(`${capitalized(word)} Scaling: A Study`, 'We study scaling.')).toEqual([]);
  });
});

describe('head nouns after a name', () => {
  it('without a head noun, the word after "the" is no name (the contrast)', () => {
    expect(extractAliases('A Study', 'We propose the Starlight quickly, which is fast.')).toEqual([]);
  });

  it.each([...HEAD_NOUN_LIST])('"the Starlight %s" names Starlight', (noun) => {
    expect(extractAliases('A Study', `We propose the Starlight ${noun}, which is fast.`)).toContain('Starlight');
  });
});
