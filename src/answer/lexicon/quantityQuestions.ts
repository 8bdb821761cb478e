// How a question asks for a figure ("how much faster", "by what factor", "the accuracy on X", "faster
// than", "the largest model size"), and for a price or a duration, as named lists the `quantity` rule
// and the price and time measures of classifyQuestion are built from. Entries are words or short
// patterns (regex source); every entry has a row in test/answer/lexicon/questionPhrases.test.ts.

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

/** "how much does X cost": the auxiliary after "how much". */
export const HOW_MUCH_AUXILIARIES: readonly string[] = ['does', 'do', 'did', 'would', 'will', 'is', 'are'];
/** "what does X cost": the auxiliary after "what". */
export const WHAT_AUXILIARIES: readonly string[] = ['does', 'do', 'did', 'would', 'will'];
/** Words of money. */
export const MONEY_WORDS: readonly string[] = ['prices?', 'priced', 'pricing', 'dollars?', 'usd', 'euros?'];

/** A question asking for a price, which abstracts almost never state. */
export const PRICE_QUESTION = new RegExp(
  `\\b(?:how much ${oneOf(HOW_MUCH_AUXILIARIES)} .{1,80} cost|what ${oneOf(WHAT_AUXILIARIES)} .{1,80} cost|${MONEY_WORDS.join('|')})\\b`,
);

/** "how long does X take": the auxiliary after "how long", and the verb of a duration that must follow. */
export const HOW_LONG_AUXILIARIES: readonly string[] = ['does', 'did', 'do', 'will', 'would', 'is', 'was'];
export const DURATION_VERBS: readonly string[] = ['take', 'took', 'train', 'run', 'last', 'need'];
/** Words of a duration anywhere in a question. */
export const DURATION_WORDS: readonly string[] = ['hours', 'days', 'minutes', 'seconds', 'wall-clock time', 'training time'];

/** A "how much" question about time (before speed: "how long does training take"). */
export const TIME_QUESTION = new RegExp(
  `\\bhow long ${oneOf(HOW_LONG_AUXILIARIES)}\\b.*\\b${oneOf(DURATION_VERBS)}|\\bhow (?:much|long) time\\b|\\b${oneOf(DURATION_WORDS)}\\b`,
);

/** After "how many X": the words that end X ("how many samples does it use"); X may also end the question. */
export const COUNT_NOUN_ENDS: readonly string[] = [
  'does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'has', 'have', 'had', 'will', 'would',
];

/** "how many X …"; group 1 is X, the thing counted (up to three words). */
export const HOW_MANY = new RegExp(`\\bhow many\\s+((?:[a-z0-9-]+\\s+){0,2}?[a-z0-9-]+?)(?=\\s+${oneOf(COUNT_NOUN_ENDS)}\\b|\\s*$)`);

/** After "how" at the start of a question that names hardware: it still asks for a figure ("how fast on GPUs"). */
export const HOW_FIGURE_ON_HARDWARE: readonly string[] = ['much', 'many', 'fast', 'well'];
/** A hardware question that asks for a figure. */
export const HARDWARE_FIGURE_QUESTION = new RegExp(`^(?:how ${oneOf(HOW_FIGURE_ON_HARDWARE)}|by how much)\\b`);

/** After "how" or "what" at the start of a question that names a benchmark: it asks for a figure ("how well on MMLU"). */
export const HOW_FIGURE_ON_BENCHMARK: readonly string[] = ['much', 'many', 'well', 'fast', 'accurate'];
export const WHAT_FIGURE_ON_BENCHMARK: readonly string[] = ['accuracy', 'score'];
/** A benchmark question that asks for a figure. */
export const BENCHMARK_FIGURE_QUESTION = new RegExp(`^(?:how ${oneOf(HOW_FIGURE_ON_BENCHMARK)}|what ${oneOf(WHAT_FIGURE_ON_BENCHMARK)})\\b`);
