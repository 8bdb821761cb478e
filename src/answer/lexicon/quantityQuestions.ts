// How a question asks for a figure ("how much faster", "by what factor", "the accuracy on X", "faster
// than", "the largest model size"), as named lists the `quantity` rule of classifyQuestion is built
// from. Entries are words or short patterns (regex source); every entry has a row in
// test/answer/lexicon/questionPhrases.test.ts.

import { oneOf } from './questionKinds.js';

/** After "how": asking for an amount ("how much", "how fast", "how expensive"). */
export const HOW_QUANTITY_WORDS: readonly string[] = [
  'much', 'many', 'fast', 'quick', 'large', 'big', 'small', 'long', 'well', 'accurate', 'good', 'high', 'low', 'far',
  'efficient', 'cheap', 'expensive',
];

/** After "by": asking for a margin ("by how much", "by what factor"). */
export const BY_HOW_MUCH: readonly string[] = ['how much', 'what factor', 'what margin'];

/** Nouns of a figure; they ask for one when a verb or preposition follows ("what accuracy does X reach"). */
export const FIGURE_NOUNS: readonly string[] = [
  'speed-?ups?', 'accuracy', 'accuracies', 'scores?', 'percentage', 'percent', 'improvements?', 'reductions?', 'gains?', 'throughput',
  'latency', 'perplexity', 'error rates?', 'compression ratio', 'pass@\\w+', 'figures?(?! out)', 'factor', 'win rate', 'success rate',
];

/** Words after a figure noun that make it a question about that figure ("the accuracy of", "speedup over"). */
export const FIGURE_NOUN_LINKS: readonly string[] = [
  'does', 'do', 'did', 'is', 'are', 'was', 'were', 'of', 'for', 'on', 'reach', 'get', 'achieve', 'over', 'vs', 'versus', 'compared',
  'relative',
];

/** Comparatives that ask for a figure when "than" follows ("faster than FlashAttention"). */
export const COMPARATIVES: readonly string[] = ['faster', 'slower', 'cheaper', 'smaller', 'fewer', 'more accurate', 'less memory'];

/** Superlatives and averages before a measured noun ("the largest model size", "average speedup"). */
export const SUPERLATIVES: readonly string[] = [
  'biggest', 'largest', 'smallest', 'highest', 'lowest', 'fastest', 'best', 'worst', 'max(?:imum)?', 'min(?:imum)?', 'typical', 'median',
  'average', 'mean',
];

/** The measured nouns after a superlative. */
export const SUPERLATIVE_NOUNS: readonly string[] = [
  'size', 'sizes', 'speed-?ups?', 'accuracy', 'score', 'gain', 'improvement', 'reduction', 'number', 'count', 'scale', 'factor', 'ratio',
];

/** A question asking for a figure. */
export const QUANTITY_QUESTION = new RegExp(
  `\\b(?:how ${oneOf(HOW_QUANTITY_WORDS)}|by ${oneOf(BY_HOW_MUCH)}|` +
    `${oneOf(FIGURE_NOUNS)}\\b(?=.*\\b${oneOf(FIGURE_NOUN_LINKS)}\\b)|` +
    `${oneOf(COMPARATIVES)}\\b.*\\bthan|pass@\\d+|` +
    `${oneOf(SUPERLATIVES)}(?:[- ]case)? (?:[a-z-]+ )?${oneOf(SUPERLATIVE_NOUNS)})\\b`,
);
