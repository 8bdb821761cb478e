// How a question asks about many papers rather than one ("which papers …", "what has been done on
// …", "who works on …"), as named lists the ACROSS patterns of classifyQuestion are built from.
// Entries are words or short patterns (regex source); every entry has a row in
// test/answer/lexicon/questionScope.test.ts.

import { oneOf } from './questionKinds.js';

/** Words asking for a list ("which", "recommend", "are there"), up to three words before a plural of works. */
export const LISTING_WORDS: readonly string[] = [
  'which', 'what', 'any', 'list', 'find', 'show', 'recommend', 'suggest', 'name', 'give', 'are there', 'is there', 'search',
];
/** Works asked for in the plural ("papers", "approaches", "ones"). */
export const WORKS: readonly string[] = [
  'papers?', 'works', 'stud(?:y|ies)', 'articles?', 'publications?', 'approaches', 'methods', 'models', 'techniques', 'systems', 'ones',
  'research', 'work',
];
/** After "paper(s)": what ties them to a topic ("papers on", "papers using"). */
export const PAPERS_LINKS: readonly string[] = [
  'on', 'about', 'that', 'which', 'using', 'for', 'in', 'regarding', 'where', 'with', 'tackling', 'addressing',
];
/** "what has been …": the work done on a topic. */
export const DONE_VERBS: readonly string[] = ['done', 'proposed', 'published', 'written', 'studied', 'tried'];
/** "who …": people working on a topic. */
export const WHO_WORKS: readonly string[] = ['works?', 'is working', 'has worked', 'studies', 'studied', 'looks?', 'is looking', 'has looked'];
/** "what's …": the state of a field. */
export const FIELD_STATES: readonly string[] = ['new', 'out there', 'the latest', 'the state of the art', 'known'];
/** A field's body of work, and what ties it to a topic ("research on", "progress in"). */
export const FIELD_WORDS: readonly string[] = ['research', 'work', 'literature', 'progress'];
export const FIELD_LINKS: readonly string[] = ['on', 'about', 'in', 'into', 'regarding'];

/** A question about many papers when any of these matches. */
export const ACROSS: readonly RegExp[] = [
  new RegExp(`\\b${oneOf(LISTING_WORDS)}\\b(?:\\s+\\S+){0,3}?\\s+${oneOf(WORKS)}\\b`),
  new RegExp(`\\bpapers?\\s+${oneOf(PAPERS_LINKS)}\\b`),
  new RegExp(`\\bwhat (?:has|have) been ${oneOf(DONE_VERBS)}\\b`),
  new RegExp(`\\bwho ${oneOf(WHO_WORKS)}\\b`),
  new RegExp(`\\bwhat(?:'s| is) ${oneOf(FIELD_STATES)}\\b`),
  new RegExp(`\\b${oneOf(FIELD_WORDS)} ${oneOf(FIELD_LINKS)}\\b`),
];
