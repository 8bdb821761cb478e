// The phrase rules of classifyQuestion (code, published, hardware by phrase, quantity, method,
// definition), its price and time measures, its "how many" noun and its hardware and benchmark
// questions that ask for a figure, built from the lists in quantityQuestions.ts and
// questionPhrases.ts: each built pattern is the very pattern it replaced (kept below as it was
// written), and each list entry has a row — an example question that matches because of that entry.
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../../src/answer/question/classifyQuestion.js';
import * as Q from '../../../src/answer/lexicon/quantityQuestions.js';
import * as P from '../../../src/answer/lexicon/questionPhrases.js';
import { describeEntryRows, type Slot } from './slotRows.js';

// The literals the lists replaced, as they stood in classifyQuestion.ts.
const REPLACED: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  ['code', P.CODE_QUESTION, /^(?:code|repo|github)\b|\b(?:is|are) there (?:any |an? |the |public |open[- ]source )?(?:code|implementation|repo|repository)\b|\b(?:code|repo|github)$|\bwhere (?:can|do|could|should) (?:i|we|you|one) (?:get|find|download|try|access|obtain|grab)\b|\b(?:github|gitlab|repo|repos|repository|repositories|codebase|source code|open[- ]?sourced?)\b|\b(?:code|implementation|project page|website|weights|checkpoints?)\b(?! generation)(?=.*\b(?:where|link|url|available|availability|find|get|download|released?|public|publicly|access|open|shared?|online)\b)|\b(?:where|link|url|available|availability|find|get|download|released?|public|publicly|access|open|shared?|online)\b.*\b(?:code|implementation|project page|website)\b(?! generation)/],
  ['published', P.PUBLISHED_QUESTION, /\b(?:publication date|date of publication|release date|published|publish|came out|come out|what (?:year|date|month)|which (?:year|date|month)|how (?:old|recent) is)\b|\bwhen (?:was|were|did|is)\b.*\b(?:released?|posted|submitted|written|announced|out)\b/],
  ['hardware', P.HARDWARE_QUESTION, /\b(?:(?:which|what)(?: kind of| type of| sort of)?(?: \w+)? (?:hardware|gpus?|tpus?|cpus?|fpgas?|asics?|accelerators?|chips?|devices?|platforms?|processors?)|runs? on|running on|work on|works on|built for|designed for|made for|meant for|optimi[sz]ed for|tailored for|target(?:s|ed)?|deploy\w* on|on (?:what|which) (?:hardware|gpus?|devices?))\b/],
  ['quantity', Q.QUANTITY_QUESTION, /\b(?:how (?:much|many|fast|quick|large|big|small|long|well|accurate|good|high|low|far|efficient|cheap|expensive)|by (?:how much|what factor|what margin)|(?:speed-?ups?|accuracy|accuracies|scores?|percentage|percent|improvements?|reductions?|gains?|throughput|latency|perplexity|error rates?|compression ratio|pass@\w+|figures?(?! out)|factor|win rate|success rate)\b(?=.*\b(?:does|do|did|is|are|was|were|of|for|on|reach|get|achieve|over|vs|versus|compared|relative)\b)|(?:faster|slower|cheaper|smaller|fewer|more accurate|less memory)\b.*\bthan|pass@\d+|(?:biggest|largest|smallest|highest|lowest|fastest|best|worst|max(?:imum)?|min(?:imum)?|typical|median|average|mean)(?:[- ]case)? (?:[a-z-]+ )?(?:size|sizes|speed-?ups?|accuracy|score|gain|improvement|reduction|number|count|scale|factor|ratio))\b/],
  ['method', P.METHOD_QUESTION, /^(?:how (?:does|do|did|is|are|can|could)\b|(?:what|which) (?:technique|techniques|method|methods|approach|approaches|trick|tricks|algorithm|mechanism|idea|architecture|strategy|strategies) (?:does|do|did|is|are)\b|why (?:does|do|is|are)\b)/],
  ['price', Q.PRICE_QUESTION, /\b(?:how much (?:does|do|did|would|will|is|are) .{1,80} cost|what (?:does|do|did|would|will) .{1,80} cost|prices?|priced|pricing|dollars?|usd|euros?)\b/],
  ['time', Q.TIME_QUESTION, /\bhow long (?:does|did|do|will|would|is|was)\b.*\b(?:take|took|train|run|last|need)|\bhow (?:much|long) time\b|\b(?:hours|days|minutes|seconds|wall-clock time|training time)\b/],
  ['how many', Q.HOW_MANY, /\bhow many\s+((?:[a-z0-9-]+\s+){0,2}?[a-z0-9-]+?)(?=\s+(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would)\b|\s*$)/],
  ['hardware asking a figure', Q.HARDWARE_FIGURE_QUESTION, /^(?:how (?:much|many|fast|well)|by how much)\b/],
  ['benchmark asking a figure', Q.BENCHMARK_FIGURE_QUESTION, /^(?:how (?:much|many|well|fast|accurate)|what (?:accuracy|score))\b/],
  ['definition', P.DEFINITION_QUESTION, /^(?:what(?:'s| is| are| was| were)\b|what (?:does|do|did)\b.*\b(?:do|propose|introduce|present|contribute|offer|study|show|find|mean|stand for|about)$|explain\b|describe\b|summari[sz]e\b|tell me (?:about|more)\b|give me (?:an? )?(?:summary|overview|tl;?dr)|tl;?dr\b|eli5\b|define\b|overview of\b|who is\b|what problem)/],
];

describe('the built patterns are the literals they replaced', () => {
  it.each(REPLACED)('%s', (_kind, built, old) => {
    expect(built.source).toBe(old.source);
    expect(built.flags).toBe(old.flags);
  });
});

// Questions as classifyQuestion sees them: folded to lower case, the closing "?" dropped.
const SLOTS: Record<string, Slot> = {
  HOW_QUANTITY_WORDS: { list: Q.HOW_QUANTITY_WORDS, pattern: Q.QUANTITY_QUESTION, carrier: 'how {} is it' },
  BY_HOW_MUCH: { list: Q.BY_HOW_MUCH, pattern: Q.QUANTITY_QUESTION, carrier: 'by {} does it win' },
  FIGURE_NOUNS: { list: Q.FIGURE_NOUNS, pattern: Q.QUANTITY_QUESTION, carrier: 'the {} of it' },
  FIGURE_NOUN_LINKS: { list: Q.FIGURE_NOUN_LINKS, pattern: Q.QUANTITY_QUESTION, carrier: 'the accuracy {} it' },
  COMPARATIVES: { list: Q.COMPARATIVES, pattern: Q.QUANTITY_QUESTION, carrier: 'is it {} than flashattention' },
  SUPERLATIVES: { list: Q.SUPERLATIVES, pattern: Q.QUANTITY_QUESTION, carrier: 'the {} size' },
  SUPERLATIVE_NOUNS: { list: Q.SUPERLATIVE_NOUNS, pattern: Q.QUANTITY_QUESTION, carrier: 'the best {}' },
  HOW_MUCH_AUXILIARIES: { list: Q.HOW_MUCH_AUXILIARIES, pattern: Q.PRICE_QUESTION, carrier: 'how much {} a gpu cost' },
  WHAT_AUXILIARIES: { list: Q.WHAT_AUXILIARIES, pattern: Q.PRICE_QUESTION, carrier: 'what {} a gpu cost' },
  MONEY_WORDS: { list: Q.MONEY_WORDS, pattern: Q.PRICE_QUESTION, carrier: 'the {} of it' },
  HOW_LONG_AUXILIARIES: { list: Q.HOW_LONG_AUXILIARIES, pattern: Q.TIME_QUESTION, carrier: 'how long {} it take' },
  DURATION_VERBS: { list: Q.DURATION_VERBS, pattern: Q.TIME_QUESTION, carrier: 'how long does it {}' },
  DURATION_WORDS: { list: Q.DURATION_WORDS, pattern: Q.TIME_QUESTION, carrier: 'in {} please' },
  COUNT_NOUN_ENDS: { list: Q.COUNT_NOUN_ENDS, pattern: Q.HOW_MANY, carrier: 'how many samples {} it use' },
  HOW_FIGURE_ON_HARDWARE: { list: Q.HOW_FIGURE_ON_HARDWARE, pattern: Q.HARDWARE_FIGURE_QUESTION, carrier: 'how {} on gpus' },
  HOW_FIGURE_ON_BENCHMARK: { list: Q.HOW_FIGURE_ON_BENCHMARK, pattern: Q.BENCHMARK_FIGURE_QUESTION, carrier: 'how {} on mmlu' },
  WHAT_FIGURE_ON_BENCHMARK: { list: Q.WHAT_FIGURE_ON_BENCHMARK, pattern: Q.BENCHMARK_FIGURE_QUESTION, carrier: 'what {} on mmlu' },
  CODE_ALONE: { list: P.CODE_ALONE, pattern: P.CODE_QUESTION, carrier: '{} for bitnet' },
  IS_THERE_QUALIFIERS: { list: P.IS_THERE_QUALIFIERS, pattern: P.CODE_QUESTION, carrier: 'is there {} implementation' },
  IS_THERE_CODE: { list: P.IS_THERE_CODE, pattern: P.CODE_QUESTION, carrier: 'is there {} for bitnet' },
  WHERE_MODALS: { list: P.WHERE_MODALS, pattern: P.CODE_QUESTION, carrier: 'where {} i get bitnet' },
  WHERE_PERSONS: { list: P.WHERE_PERSONS, pattern: P.CODE_QUESTION, carrier: 'where can {} get bitnet' },
  WHERE_VERBS: { list: P.WHERE_VERBS, pattern: P.CODE_QUESTION, carrier: 'where can i {} bitnet' },
  CODE_WORDS: { list: P.CODE_WORDS, pattern: P.CODE_QUESTION, carrier: 'the {} of bitnet' },
  RELEASED_THINGS: { list: P.RELEASED_THINGS, pattern: P.CODE_QUESTION, carrier: 'the {} of bitnet is where' },
  LINKED_THINGS: { list: P.LINKED_THINGS, pattern: P.CODE_QUESTION, carrier: 'where is the {}' },
  AVAILABILITY_WORDS: { list: P.AVAILABILITY_WORDS, pattern: P.CODE_QUESTION, carrier: 'is the implementation {}' },
  PUBLICATION_WORDS: { list: P.PUBLICATION_WORDS, pattern: P.PUBLISHED_QUESTION, carrier: 'so {} then' },
  WHEN_AUXILIARIES: { list: P.WHEN_AUXILIARIES, pattern: P.PUBLISHED_QUESTION, carrier: 'when {} it released' },
  RELEASE_VERBS: { list: P.RELEASE_VERBS, pattern: P.PUBLISHED_QUESTION, carrier: 'when was it {}' },
  KIND_OF: { list: P.KIND_OF, pattern: P.HARDWARE_QUESTION, carrier: 'which {} fast gpu' },
  HARDWARE_KINDS: { list: P.HARDWARE_KINDS, pattern: P.HARDWARE_QUESTION, carrier: 'which {} is it' },
  TARGET_PHRASES: { list: P.TARGET_PHRASES, pattern: P.HARDWARE_QUESTION, carrier: 'it {} phones' },
  ON_WHICH_HARDWARE: { list: P.ON_WHICH_HARDWARE, pattern: P.HARDWARE_QUESTION, carrier: 'on which {}' },
  HOW_AUXILIARIES: { list: P.HOW_AUXILIARIES, pattern: P.METHOD_QUESTION, carrier: 'how {} it work' },
  METHOD_NOUNS: { list: P.METHOD_NOUNS, pattern: P.METHOD_QUESTION, carrier: 'which {} does it use' },
  METHOD_NOUN_AUXILIARIES: { list: P.METHOD_NOUN_AUXILIARIES, pattern: P.METHOD_QUESTION, carrier: 'which method {} it use' },
  WHY_AUXILIARIES: { list: P.WHY_AUXILIARIES, pattern: P.METHOD_QUESTION, carrier: 'why {} it work' },
  WHAT_IS_FORMS: { list: P.WHAT_IS_FORMS, pattern: P.DEFINITION_QUESTION, carrier: 'what{} bitnet' },
  WHAT_DOES_AUXILIARIES: { list: P.WHAT_DOES_AUXILIARIES, pattern: P.DEFINITION_QUESTION, carrier: 'what {} bitnet propose' },
  WHAT_DOES_ENDINGS: { list: P.WHAT_DOES_ENDINGS, pattern: P.DEFINITION_QUESTION, carrier: 'what does bitnet {}' },
  EXPLAIN_VERBS: { list: P.EXPLAIN_VERBS, pattern: P.DEFINITION_QUESTION, carrier: '{} bitnet' },
  TELL_ME: { list: P.TELL_ME, pattern: P.DEFINITION_QUESTION, carrier: 'tell me {} bitnet' },
  GIVE_ME: { list: P.GIVE_ME, pattern: P.DEFINITION_QUESTION, carrier: 'give me a {}' },
  SHORT_DEFINITION_ASKS: { list: P.SHORT_DEFINITION_ASKS, pattern: P.DEFINITION_QUESTION, carrier: '{} bitnet' },
};

describeEntryRows('question phrases, one row per entry', SLOTS);

describe('the phrase lists decide real questions', () => {
  it.each([
    ['By what factor does FlashAttention speed up training?', 'quantity'],
    ['Is ZipCache faster than KIVI?', 'quantity'],
    ['What is the largest model size Quartet trains?', 'quantity'],
    ['Is there an open-source implementation of SlimSAM?', 'code'],
    ['Where can I download the BitNet weights?', 'code'],
    ['What year did Mamba come out?', 'published'],
    ['When was Mixture-of-Memories released?', 'published'],
    ['What kind of accelerator is Edge-MoE designed for?', 'hardware'],
    ['Which technique does ZipCache use?', 'method'],
    ['Why does PLANSEARCH work?', 'method'],
    ['What does LLM-FP4 propose?', 'definition'],
    ['Give me a TL;DR of Mamba', 'definition'],
    ['Explain FlashAttention', 'definition'],
  ] as const)('%s → %s', (question, asks) => {
    expect(classifyQuestion(question).asks).toBe(asks);
  });

  it('reads a price or a duration as the measure', () => {
    expect(classifyQuestion('What does an H100 cost?')).toMatchObject({ asks: 'quantity', measure: 'price' });
    expect(classifyQuestion('How long does it take to train Quartet?')).toMatchObject({ asks: 'quantity', measure: 'time' });
  });
});
