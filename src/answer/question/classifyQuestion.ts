import { fold } from '../../text/fold.js';
import { questionMeasurePattern } from '../lexicon/measures.js';
import { ENTITY } from '../lexicon/namedThings.js';
import { BENCHMARK_FIGURE_QUESTION, HARDWARE_FIGURE_QUESTION, HOW_MANY, PRICE_QUESTION, QUANTITY_QUESTION, TIME_QUESTION } from '../lexicon/quantityQuestions.js';
import { ACROSS } from '../lexicon/questionScope.js';
import { CODE_QUESTION, DEFINITION_QUESTION, HARDWARE_QUESTION, METHOD_QUESTION, PUBLISHED_QUESTION } from '../lexicon/questionPhrases.js';
import { APPEARANCE_WORDS, AUTHOR_WORDS, BENCHMARK_WORDS, HARDWARE_WORDS_IN_QUESTIONS, LIMITATION_QUESTION_WORDS, UNSUPPORTED_WORDS, UPVOTE_WORDS, wholeWords } from '../lexicon/questionKinds.js';

/** What a question wants back. */
export type Asks =
  | 'code'
  | 'authors'
  | 'published'
  | 'upvotes'
  | 'appearances'
  | 'unsupported'
  | 'quantity'
  | 'hardware'
  | 'benchmark'
  | 'limitation'
  | 'method'
  | 'definition'
  | 'general';

/** The yardstick of a "how much" question, which the quoted figure must be about. */
export type Measure = 'speed' | 'accuracy' | 'memory' | 'cost' | 'price' | 'time' | 'size' | 'count' | 'any';

/** A question's shape: what it asks for and whether it is about one paper or many. */
export interface QuestionIntent {
  asks: Asks;
  /** `across` when it asks for papers (plural); `either` when a named paper decides. */
  scope: 'across' | 'either';
  measure: Measure | null;
  /** For "how many X …": the thing counted ("samples"). */
  countNoun: string | null;
  /**
   * For "which/what X …" asking for a named thing ("which ILP solver was used", "which new
   * activation function comes out of …"): X's words, and every word the question typed.
   */
  entity?: { head: string[]; typed: ReadonlySet<string> };
}

const RULES: ReadonlyArray<readonly [Asks, RegExp]> = [
  ['unsupported', wholeWords(UNSUPPORTED_WORDS)],
  ['code', CODE_QUESTION],
  ['upvotes', wholeWords(UPVOTE_WORDS)],
  ['authors', wholeWords(AUTHOR_WORDS)],
  ['published', PUBLISHED_QUESTION],
  ['appearances', wholeWords(APPEARANCE_WORDS)],
  ['limitation', wholeWords(LIMITATION_QUESTION_WORDS)],
  ['hardware', HARDWARE_QUESTION],
  ['quantity', QUANTITY_QUESTION],
  ['hardware', wholeWords(HARDWARE_WORDS_IN_QUESTIONS)],
  ['benchmark', wholeWords(BENCHMARK_WORDS)],
  ['method', METHOD_QUESTION],
  ['definition', DEFINITION_QUESTION],
];

const SPEED = questionMeasurePattern('speed');
const ACCURACY = questionMeasurePattern('accuracy');
const MEMORY = questionMeasurePattern('memory');
const COST = questionMeasurePattern('cost');
const SIZE = questionMeasurePattern('size');

function measureOf(q: string): Measure {
  if (TIME_QUESTION.test(q)) return 'time';
  if (SPEED.test(q)) return 'speed';
  if (COST.test(q)) return 'cost';
  if (MEMORY.test(q)) return 'memory';
  if (ACCURACY.test(q)) return 'accuracy';
  if (HOW_MANY.test(q)) return 'count';
  if (SIZE.test(q)) return 'size';
  return 'any';
}

/** Reads what a question asks for (figure, code link, hardware, definition …) and its scope. */
export function classifyQuestion(question: string): QuestionIntent {
  const q = fold(question).replace(/[’`]/g, "'").replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim();
  const scope = ACROSS.some((re) => re.test(q)) ? 'across' : 'either';
  // "What does X cost?", "GPU price": money, which abstracts almost never state.
  if (PRICE_QUESTION.test(q)) return { asks: 'quantity', scope, measure: 'price', countNoun: null };
  const rule = RULES.find(([, re]) => re.test(q));
  let asks: Asks = rule?.[0] ?? 'general';
  // "How fast on GPUs" wants a figure; "which GPU does it target" wants hardware.
  if (asks === 'hardware' && HARDWARE_FIGURE_QUESTION.test(q)) asks = 'quantity';
  if (asks === 'benchmark' && BENCHMARK_FIGURE_QUESTION.test(q)) asks = 'quantity';
  const measure = asks === 'quantity' ? measureOf(q) : null;
  const countNoun = asks === 'quantity' && measure === 'count' ? (HOW_MANY.exec(q)?.[1] ?? null) : null;
  const head = asks === 'general' || asks === 'method' ? ENTITY.exec(q)?.[1] : undefined;
  const entity = head === undefined ? {} : { entity: { head: head.split(' '), typed: new Set(q.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)) } };
  return { asks, scope, measure, countNoun, ...entity };
}
