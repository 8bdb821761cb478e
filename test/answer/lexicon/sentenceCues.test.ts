// One row per entry of the sentence-cue lists: an example sentence the built pattern must accept
// because of that entry, beside a carrier sentence it must not accept on its own.
import { describe, expect, it } from 'vitest';
import {
  APPOSITIVE_OPENERS, CONTRIBUTION_CUE, CONTRIBUTION_VERBS, DEFINING_VERBS, FINDING_CUE, FINDING_SUBJECTS, FINDING_VERBS, INTRODUCING_WORDS,
  LIMITATION_CUE, LIMITATION_WORDS, METHOD_CUE, METHOD_WORDS, NAMING_WORDS, OWN_SUBJECTS, TOPIC_DEFINING_VERBS, TOPIC_NAMING_WORDS,
  definesNamePattern, definesTopicPattern,
} from '../../../src/answer/lexicon/sentenceCues.js';

// Examples for entries that are patterns rather than plain words.
const EXAMPLES: Record<string, string> = {
  'this (?:paper|work|study|report)': 'this paper', 'our (?:work|paper|method|approach)': 'our method', 'here,? we': 'here, we',
  'analy[sz]e': 'analyze', 're-?formulate': 'reformulate', 'leverag\\w*': 'leveraging', 'consists? of': 'consists of',
  'combin\\w*': 'combining', 'decompos\\w*': 'decomposes', 'replac\\w*': 'replacing', 'approximat\\w*': 'approximates',
  'projects?': 'projects', 'maps?': 'maps', 'learns?': 'learns', 'trains?': 'trains', 'splits?': 'splits', 'fus\\w*': 'fuses',
  'design\\w*': 'designed', 'fails?': 'fails', 'trade-?off': 'trade-off', 'refers?': 'refers to', 'denotes?': 'denotes',
  'means?': 'means', 'stores?': 'stores', 'consists?': 'consists of', 'describes?': 'describes', 'represents?': 'represents',
  'computes?': 'computes', 'measures?': 'measures',
};
const example = (entry: string): string => EXAMPLES[entry] ?? entry;

describe('contribution cue', () => {
  it('a carrier sentence without a cue is none', () => expect(CONTRIBUTION_CUE.test('Results vary across seeds.')).toBe(false));
  it.each([...OWN_SUBJECTS])('subject "%s"', (s) => expect(CONTRIBUTION_CUE.test(`Here ${example(s)} propose a tool.`)).toBe(true));
  it.each([...CONTRIBUTION_VERBS])('verb "%s"', (v) => expect(CONTRIBUTION_CUE.test(`In short we ${v} a tool.`)).toBe(true));
  it.each([...NAMING_WORDS])('"%s X"', (w) => expect(CONTRIBUTION_CUE.test(`A tool ${w} Foo wins.`)).toBe(true));
});

describe('finding cue', () => {
  it('a subject without a finding verb is none', () => expect(FINDING_CUE.test('Then we went home.')).toBe(false));
  it.each([...FINDING_SUBJECTS])('subject "%s"', (s) => expect(FINDING_CUE.test(`Then ${example(s)} show a gap.`)).toBe(true));
  it.each([...FINDING_VERBS])('verb "%s"', (v) => expect(FINDING_CUE.test(`Then we ${example(v)} a gap.`)).toBe(true));
});

describe('method and limitation cues', () => {
  it('a carrier sentence without them is neither', () => {
    expect(METHOD_CUE.test('Results vary across seeds.')).toBe(false);
    expect(LIMITATION_CUE.test('Results vary across seeds.')).toBe(false);
  });
  it.each([...METHOD_WORDS])('method "%s"', (w) => expect(METHOD_CUE.test(`It works ${example(w)} seeds.`)).toBe(true));
  it.each([...LIMITATION_WORDS])('limitation "%s"', (w) => expect(LIMITATION_CUE.test(`It ${example(w)} seeds.`)).toBe(true));
});

describe('a sentence that defines a name', () => {
  const defines = (text: string) => definesNamePattern('FooNet').test(text);
  it('a sentence that only mentions the name does not', () => expect(defines('Results for FooNet vary.')).toBe(false));
  it.each([...DEFINING_VERBS])('"FooNet %s …"', (v) => expect(defines(`FooNet ${v} a tool.`)).toBe(true));
  it.each([...APPOSITIVE_OPENERS])('"FooNet, %s …"', (w) => expect(defines(`Results: FooNet, ${w} tool.`)).toBe(true));
  it.each([...INTRODUCING_WORDS])('"%s FooNet"', (w) => expect(defines(`Today ${w} FooNet for graphs.`)).toBe(true));
  it('"(FooNet)"', () => expect(defines('Foo Networks (FooNet) win.')).toBe(true));
});

describe('a sentence that defines a topic', () => {
  const defines = (text: string) => definesTopicPattern('kv\\p{L}*\\s+cache\\p{L}*').test(text);
  it('a sentence that only uses the topic does not', () => expect(defines('We shrink the KV cache of models.')).toBe(false));
  it.each([...TOPIC_DEFINING_VERBS])('"The KV cache %s …"', (v) => expect(defines(`The KV cache ${example(v)} keys and values.`)).toBe(true));
  it.each([...TOPIC_NAMING_WORDS])('"… %s the KV cache"', (w) => expect(defines(`A store, ${w} the KV cache, holds keys.`)).toBe(true));
});
