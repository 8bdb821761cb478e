// One row per naming cue: with it, a name-shaped word is introduced as the paper's own; the same
// sentence without it introduces nothing.
import { describe, expect, it } from 'vitest';
import { introducedNames } from '../../../src/digest/introducedNames.js';
import { APPOSITIVE_ARTICLES, DEFINITION_ARTICLES, DEFINITION_VERBS, NAMING_CUES } from '../../../src/digest/lexicon/namingCues.js';
import { splitSentences } from '../../../src/text/splitSentences.js';

const how = (abstract: string) => introducedNames(abstract, splitSentences(abstract)).find((n) => n.name === 'FooNet')?.how ?? null;

describe('naming cues', () => {
  it('no cue, no introduction (the contrast)', () => {
    expect(how('Today FooNet runs on graphs.')).toBeNull();
    expect(how('Results show FooNet; tool.')).toBeNull();
  });

  it.each([...NAMING_CUES])('"%s FooNet"', (cue) => {
    expect(how(`Today ${cue} FooNet for graphs.`)).toBe('own');
  });

  it.each([...APPOSITIVE_ARTICLES])('"FooNet, %s …"', (article) => {
    expect(how(`Results show FooNet, ${article} tool.`)).toBe('own');
  });

  it.each(DEFINITION_VERBS.flatMap((verb) => DEFINITION_ARTICLES.map((article) => [verb, article])))('"FooNet %s %s …"', (verb, article) => {
    expect(how(`Results: FooNet ${verb} ${article} tool.`)).toBe('own');
  });
});
