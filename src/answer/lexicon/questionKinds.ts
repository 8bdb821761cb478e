// The kinds of question classifyQuestion (src/answer/question/classifyQuestion.ts) recognises by their
// words, as named lists; each is one rule, matched as whole words, and every entry has a row in
// test/answer/lexicon/questionKinds.test.ts. Entries are words or short patterns (regex source).
// The rules made of phrases are built from lists in quantityQuestions.ts and questionPhrases.ts.

/** A list of words or short patterns as one group of alternatives (pattern source): `(?:a|b|c)`. */
export function oneOf(list: readonly string[]): string {
  return `(?:${list.join('|')})`;
}

/** A list of words or short patterns as one whole-word pattern. */
export function wholeWords(list: readonly string[]): RegExp {
  return new RegExp(`\\b${oneOf(list)}\\b`);
}

/** Asking what the abstracts never hold: citations, venues, affiliations, licences, funding, GitHub stars. */
export const UNSUPPORTED_WORDS: readonly string[] = [
  'citations?', 'cited', 'cites?', 'citing', 'h-?index', 'impact factor',
  '(?:which|what) (?:conference|venue|journal|workshop|university|universities|company|companies|lab|labs|institution|institutions|organi[sz]ation)',
  'accepted (?:at|to|by)', 'peer[- ]?review\\w*', 'affiliat\\w*', 'licen[cs]e\\w*', 'fund(?:ed|ing)',
  'how (?:popular|famous|influential)', 'stars? on github', 'github stars',
  'how many (?:stars|forks|commits|downloads|contributors|issues|pull requests|views|reads)',
  'stars (?:does|do|did|has|have)',
];

/** Asking for upvotes. */
export const UPVOTE_WORDS: readonly string[] = [
  'up-?votes?', 'likes', 'votes',
];

/** Asking who wrote the paper. */
export const AUTHOR_WORDS: readonly string[] = [
  'authors?', 'authored', 'co-?authors?', 'wrote',
  'who (?:writes|made|created|developed|proposed|introduced|invented|is behind|are behind)', 'written by',
  'the team behind', 'researchers behind', 'people behind',
  'how many (?:people|researchers|persons|contributors|scientists)',
];

/**
 * Asking when or how often a paper was featured in a digest ("featured", not "feature": in
 * "heterogeneous feature interactions" it is content, and restating digest listings never answers it).
 */
export const APPEARANCE_WORDS: readonly string[] = [
  'digests?', 'featured', 'appear(?:ed|s)?', 'show(?:ed|n)? up', 'how often', 'how many times',
  'which (?:day|issue)', 'seen',
];

/** Asking for limitations. */
export const LIMITATION_QUESTION_WORDS: readonly string[] = [
  'limitations?', 'weakness(?:es)?', 'drawbacks?', 'downsides?', 'shortcomings?', 'caveats?',
  'disadvantages?', 'fail(?:s|ure|ures)?', 'cons',
];

/** Naming hardware anywhere in a question (after the "how much" rules: "how fast on GPUs" wants a figure). */
export const HARDWARE_WORDS_IN_QUESTIONS: readonly string[] = [
  'hardware', 'gpus?', 'tpus?', 'cpus?', 'fpgas?', 'asics?', 'accelerators?', 'chips?', 'devices?',
  'platforms?', 'tensor cores?', 'nvidia', 'cuda', 'edge devices?',
];

/** Asking what it was evaluated on. */
export const BENCHMARK_WORDS: readonly string[] = [
  '(?:which|what) (?:benchmarks?|datasets?|tasks?|baselines?|models?|languages?|domains?|data)',
  'benchmarks?', 'datasets?', 'evaluated on', 'tested on', 'evaluate[sd]? on', 'experiments? on',
  'trained on',
];
