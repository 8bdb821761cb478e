// The ACROSS patterns (a question about many papers) and the ENTITY pattern ("which X …" asking for
// a named thing) of classifyQuestion, built from the lists in questionScope.ts and namedThings.ts:
// each is the very pattern it replaced (kept below as it was written), and each list entry has a
// row — an example question that matches because of that entry.
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../../src/answer/question/classifyQuestion.js';
import * as N from '../../../src/answer/lexicon/namedThings.js';
import * as S from '../../../src/answer/lexicon/questionScope.js';
import { describeEntryRows, type Slot } from './slotRows.js';

// The literals the lists replaced, as they stood in classifyQuestion.ts.
const OLD_ACROSS = [
  /\b(?:which|what|any|list|find|show|recommend|suggest|name|give|are there|is there|search)\b(?:\s+\S+){0,3}?\s+(?:papers?|works|stud(?:y|ies)|articles?|publications?|approaches|methods|models|techniques|systems|ones|research|work)\b/,
  /\bpapers?\s+(?:on|about|that|which|using|for|in|regarding|where|with|tackling|addressing)\b/,
  /\bwhat (?:has|have) been (?:done|proposed|published|written|studied|tried)\b/,
  /\bwho (?:works?|is working|has worked|studies|studied|looks?|is looking|has looked)\b/,
  /\bwhat(?:'s| is) (?:new|out there|the latest|the state of the art|known)\b/,
  /\b(?:research|work|literature|progress) (?:on|about|in|into|regarding)\b/,
];
const OLD_ENTITY = /^(?:which|what)\s+(?:new\s+|novel\s+|other\s+)?((?:[a-z0-9-]+\s+){0,2}?(?:solver|optimizer|function|model|models|architecture|backbone|library|framework|tool|language|algorithm|loss|metric|encoder|decoder|baseline|system|method|technique|simulator|engine|compiler|format|kernel|network|dataset|benchmark|llm|policy|prior|distribution|activation))\s+(?:was|were|is|are|does|do|did|comes?|came|gets?|got|has|have|had|used|serves?|results?|emerges?|powers?|underlies|drives?|they|it|the)\b/;

describe('the built patterns are the literals they replaced', () => {
  it('ACROSS, pattern by pattern and in order', () => {
    expect(S.ACROSS.map((re) => [re.source, re.flags])).toEqual(OLD_ACROSS.map((re) => [re.source, re.flags]));
  });
  it('ENTITY', () => {
    expect(N.ENTITY.source).toBe(OLD_ENTITY.source);
    expect(N.ENTITY.flags).toBe(OLD_ENTITY.flags);
  });
});

const [LISTING, PAPERS, DONE, WHO, STATE, FIELD] = S.ACROSS as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];

// Questions as classifyQuestion sees them: folded to lower case, the closing "?" dropped.
const SLOTS: Record<string, Slot> = {
  LISTING_WORDS: { list: S.LISTING_WORDS, pattern: LISTING, carrier: 'please {} good papers' },
  WORKS: { list: S.WORKS, pattern: LISTING, carrier: 'which good {}' },
  PAPERS_LINKS: { list: S.PAPERS_LINKS, pattern: PAPERS, carrier: 'papers {} graphs' },
  DONE_VERBS: { list: S.DONE_VERBS, pattern: DONE, carrier: 'what has been {}' },
  WHO_WORKS: { list: S.WHO_WORKS, pattern: WHO, carrier: 'who {} graphs' },
  FIELD_STATES: { list: S.FIELD_STATES, pattern: STATE, carrier: 'what is {}' },
  FIELD_WORDS: { list: S.FIELD_WORDS, pattern: FIELD, carrier: '{} on graphs' },
  FIELD_LINKS: { list: S.FIELD_LINKS, pattern: FIELD, carrier: 'research {} graphs' },
  NOVELTY_WORDS: { list: N.NOVELTY_WORDS, pattern: N.ENTITY, carrier: 'which {} big fast solver was used' },
  NAMED_THING_KINDS: { list: N.NAMED_THING_KINDS, pattern: N.ENTITY, carrier: 'which {} was used' },
  AFTER_NAMED_THING: { list: N.AFTER_NAMED_THING, pattern: N.ENTITY, carrier: 'which solver {} x' },
};

describeEntryRows('scope and named-thing words, one row per entry', SLOTS);

describe('the lists decide real questions', () => {
  it.each([
    'Recommend some papers on graph transformers',
    'Who works on speculative decoding?',
    "What's new in KV cache compression?",
    'Research on sparse autoencoders',
  ])('%s → across', (question) => {
    expect(classifyQuestion(question).scope).toBe('across');
  });

  it('reads the thing a "which X" question names', () => {
    expect(classifyQuestion('Which other loss function does Quartet use?').entity?.head).toEqual(['loss', 'function']);
  });
});
