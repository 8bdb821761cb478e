// What a "which X …" question asks for when X is a kind of named thing ("which ILP solver was used",
// "what new activation function comes out of …"), as named lists the ENTITY pattern of
// classifyQuestion is built from. Entries are words or short patterns (regex source); every entry has
// a row in test/answer/lexicon/questionScope.test.ts.

import { oneOf } from './questionKinds.js';

/** Words between "which" and the thing that say it is new ("which new …"). */
export const NOVELTY_WORDS: readonly string[] = ['new', 'novel', 'other'];
/** Kinds of named thing a question may ask for; the last word of X. */
export const NAMED_THING_KINDS: readonly string[] = [
  'solver', 'optimizer', 'function', 'model', 'models', 'architecture', 'backbone', 'library', 'framework', 'tool', 'language', 'algorithm',
  'loss', 'metric', 'encoder', 'decoder', 'baseline', 'system', 'method', 'technique', 'simulator', 'engine', 'compiler', 'format',
  'kernel', 'network', 'dataset', 'benchmark', 'llm', 'policy', 'prior', 'distribution', 'activation',
];
/** Words after X that show it is the subject or object asked for ("was", "comes", "does", "they"). */
export const AFTER_NAMED_THING: readonly string[] = [
  'was', 'were', 'is', 'are', 'does', 'do', 'did', 'comes?', 'came', 'gets?', 'got', 'has', 'have', 'had', 'used', 'serves?', 'results?',
  'emerges?', 'powers?', 'underlies', 'drives?', 'they', 'it', 'the',
];

/** "which X …" asking for a named thing; group 1 is X (up to two words before its kind). */
export const ENTITY = new RegExp(
  `^(?:which|what)\\s+${oneOf(NOVELTY_WORDS.map((w) => `${w}\\s+`))}?((?:[a-z0-9-]+\\s+){0,2}?${oneOf(NAMED_THING_KINDS)})\\s+${oneOf(AFTER_NAMED_THING)}\\b`,
);
