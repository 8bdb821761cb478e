// The question kinds classifyQuestion recognises by a phrase rather than a word — asking for code,
// for the publication date, for the target hardware, for how a method works, for what a thing is —
// as named lists the rules are built from. Entries are words or short patterns (regex source);
// every entry has a row in test/answer/lexicon/questionPhrases.test.ts.

import { oneOf, wholeWords } from './questionKinds.js';

/** Words that ask for code when the question starts or ends with them ("github bitnet", "bitnet cpp github"). */
export const CODE_ALONE: readonly string[] = ['code', 'repo', 'github'];
/** Between "is there" and the code ("is there any code", "is there an open-source implementation"). */
export const IS_THERE_QUALIFIERS: readonly string[] = ['any', 'an?', 'the', 'public', 'open[- ]source'];
/** What "is there …" asks for. */
export const IS_THERE_CODE: readonly string[] = ['code', 'implementation', 'repo', 'repository'];
/** "where can i get …": the modal, the person and the verb. */
export const WHERE_MODALS: readonly string[] = ['can', 'do', 'could', 'should'];
export const WHERE_PERSONS: readonly string[] = ['i', 'we', 'you', 'one'];
export const WHERE_VERBS: readonly string[] = ['get', 'find', 'download', 'try', 'access', 'obtain', 'grab'];
/** Words that ask for code anywhere in a question. */
export const CODE_WORDS: readonly string[] = [
  'github', 'gitlab', 'repo', 'repos', 'repository', 'repositories', 'codebase', 'source code', 'open[- ]?sourced?',
];
/** What a paper may release, asked for when an availability word follows ("is the code available"). */
export const RELEASED_THINGS: readonly string[] = ['code', 'implementation', 'project page', 'website', 'weights', 'checkpoints?'];
/** What a paper may release, asked for when an availability word comes first ("where is the website"). */
export const LINKED_THINGS: readonly string[] = ['code', 'implementation', 'project page', 'website'];
/** Words asking where or whether something is available. */
export const AVAILABILITY_WORDS: readonly string[] = [
  'where', 'link', 'url', 'available', 'availability', 'find', 'get', 'download', 'released?', 'public', 'publicly', 'access', 'open',
  'shared?', 'online',
];

const AVAILABLE = `\\b${oneOf(AVAILABILITY_WORDS)}\\b`;

/** A question asking for the code ("code" alone is not enough with "generation" after it: code generation is a topic). */
export const CODE_QUESTION = new RegExp(
  `^${oneOf(CODE_ALONE)}\\b|` +
    `\\b(?:is|are) there ${oneOf(IS_THERE_QUALIFIERS.map((w) => `${w} `))}?${oneOf(IS_THERE_CODE)}\\b|` +
    `\\b${oneOf(CODE_ALONE)}$|` +
    `\\bwhere ${oneOf(WHERE_MODALS)} ${oneOf(WHERE_PERSONS)} ${oneOf(WHERE_VERBS)}\\b|` +
    `${wholeWords(CODE_WORDS).source}|` +
    `\\b${oneOf(RELEASED_THINGS)}\\b(?! generation)(?=.*${AVAILABLE})|` +
    `${AVAILABLE}.*\\b${oneOf(LINKED_THINGS)}\\b(?! generation)`,
);

/** Words asking when a paper came out. */
export const PUBLICATION_WORDS: readonly string[] = [
  'publication date', 'date of publication', 'release date', 'published', 'publish', 'came out', 'come out',
  'what (?:year|date|month)', 'which (?:year|date|month)', 'how (?:old|recent) is',
];
/** "when was it …": the auxiliary, and the verbs of coming out that must follow. */
export const WHEN_AUXILIARIES: readonly string[] = ['was', 'were', 'did', 'is'];
export const RELEASE_VERBS: readonly string[] = ['released?', 'posted', 'submitted', 'written', 'announced', 'out'];

/** A question asking when the paper was published. */
export const PUBLISHED_QUESTION = new RegExp(
  `${wholeWords(PUBLICATION_WORDS).source}|\\bwhen ${oneOf(WHEN_AUXILIARIES)}\\b.*\\b${oneOf(RELEASE_VERBS)}\\b`,
);

/** Between "which" and the hardware ("which kind of GPU"). */
export const KIND_OF: readonly string[] = ['kind of', 'type of', 'sort of'];
/** The hardware a "which …" question names. */
export const HARDWARE_KINDS: readonly string[] = [
  'hardware', 'gpus?', 'tpus?', 'cpus?', 'fpgas?', 'asics?', 'accelerators?', 'chips?', 'devices?', 'platforms?', 'processors?',
];
/** Phrases asking what a method targets ("runs on", "designed for", "deployed on"). */
export const TARGET_PHRASES: readonly string[] = [
  'runs? on', 'running on', 'work on', 'works on', 'built for', 'designed for', 'made for', 'meant for', 'optimi[sz]ed for',
  'tailored for', 'target(?:s|ed)?', 'deploy\\w* on',
];
/** The hardware an "on which …" question names. */
export const ON_WHICH_HARDWARE: readonly string[] = ['hardware', 'gpus?', 'devices?'];

/** A question asking which hardware a method is for, by its phrase ("which GPUs", "built for", "on what devices"). */
export const HARDWARE_QUESTION = new RegExp(
  `\\b(?:(?:which|what)${oneOf(KIND_OF.map((w) => ` ${w}`))}?(?: \\w+)? ${oneOf(HARDWARE_KINDS)}|` +
    `${TARGET_PHRASES.join('|')}|on (?:what|which) ${oneOf(ON_WHICH_HARDWARE)})\\b`,
);

/** After "how" at the start: asking how something works ("how does X reduce …"). */
export const HOW_AUXILIARIES: readonly string[] = ['does', 'do', 'did', 'is', 'are', 'can', 'could'];
/** After "what"/"which" at the start: the method asked about ("which technique does X use"). */
export const METHOD_NOUNS: readonly string[] = [
  'technique', 'techniques', 'method', 'methods', 'approach', 'approaches', 'trick', 'tricks', 'algorithm', 'mechanism', 'idea',
  'architecture', 'strategy', 'strategies',
];
export const METHOD_NOUN_AUXILIARIES: readonly string[] = ['does', 'do', 'did', 'is', 'are'];
/** After "why" at the start. */
export const WHY_AUXILIARIES: readonly string[] = ['does', 'do', 'is', 'are'];

/** A question asking how a method works. */
export const METHOD_QUESTION = new RegExp(
  `^(?:how ${oneOf(HOW_AUXILIARIES)}\\b|(?:what|which) ${oneOf(METHOD_NOUNS)} ${oneOf(METHOD_NOUN_AUXILIARIES)}\\b|` +
    `why ${oneOf(WHY_AUXILIARIES)}\\b)`,
);

/** After "what" at the start: asking what something is ("what's", "what are"). */
export const WHAT_IS_FORMS: readonly string[] = ["'s", ' is', ' are', ' was', ' were'];
/** "what does X …": the auxiliary, and the verb the question must end with ("what does X propose"). */
export const WHAT_DOES_AUXILIARIES: readonly string[] = ['does', 'do', 'did'];
export const WHAT_DOES_ENDINGS: readonly string[] = [
  'do', 'propose', 'introduce', 'present', 'contribute', 'offer', 'study', 'show', 'find', 'mean', 'stand for', 'about',
];
/** Verbs opening a request for an account ("explain X"). */
export const EXPLAIN_VERBS: readonly string[] = ['explain', 'describe', 'summari[sz]e'];
/** "tell me …" and "give me …" requests. */
export const TELL_ME: readonly string[] = ['about', 'more'];
export const GIVE_ME: readonly string[] = ['summary', 'overview', 'tl;?dr'];
/** Short openers asking what something is ("tldr", "eli5", "who is"). */
export const SHORT_DEFINITION_ASKS: readonly string[] = ['tl;?dr', 'eli5', 'define', 'overview of', 'who is'];

const eachWhole = (list: readonly string[]): string => list.map((w) => `${w}\\b`).join('|');

/** A question asking what something is or does, at its start. */
export const DEFINITION_QUESTION = new RegExp(
  `^(?:what${oneOf(WHAT_IS_FORMS)}\\b|what ${oneOf(WHAT_DOES_AUXILIARIES)}\\b.*\\b${oneOf(WHAT_DOES_ENDINGS)}$|` +
    `${eachWhole(EXPLAIN_VERBS)}|tell me ${oneOf(TELL_ME)}\\b|give me (?:an? )?${oneOf(GIVE_ME)}|` +
    `${eachWhole(SHORT_DEFINITION_ASKS)}|what problem)`,
);
