import type { Paper } from '../../digest/schema.js';
import { STOP_WORDS } from '../../search/lexicon/stopWords.js';
import type { Asks } from '../question/classifyQuestion.js';
import { FRAME_WORDS, GENERIC_HARDWARE, LINK_VERBS, MEASURE_WORDS } from '../lexicon/questionLexicon.js';
import { ASKS_FRAME } from '../question/questionTerms.js';
import type { Token } from '../question/questionTokens.js';

/** The paper a question names, how it was found, and which words of the question name it. */
export interface Resolution {
  paper: Paper;
  /** `name`: an exact title, title prefix or alias; `fuzzy`: a close match (typo, fragment, a name one abstract introduces). */
  how: 'name' | 'fuzzy';
  /** 1 for exact names; for fuzzy matches the weaker of "typed words found" and "name words typed". */
  similarity: number;
  /** Positions of the question's tokens that name the paper. */
  tokens: readonly number[];
  /** The name as the paper spells it. */
  name: string;
}

/** Whether a token of the question carries content, rather than function words or what is asked for. */
export type IsContent = (token: Token) => boolean;

/** The content test for a kind of question: "code" is filler in "where is the code for X", not elsewhere. */
export function contentTest(asks: Asks): IsContent {
  const frame = ASKS_FRAME[asks];
  const filler = (word: string): boolean =>
    STOP_WORDS.has(word) || FRAME_WORDS.has(word) || LINK_VERBS.has(word) || MEASURE_WORDS.has(word) ||
    frame?.has(word) === true || (asks === 'hardware' && GENERIC_HARDWARE.has(word));
  return (token) => token.words.some((w) => !filler(w));
}

/** Position of the first token of a comparison ("than …"), which is not where a name is looked for. */
export function comparisonStart(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => ['than', 'versus', 'vs', 'compared'].includes(t.key));
  return at === -1 ? tokens.length : at;
}

/** The numbers from `start` up to, not including, `end`. */
export function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
