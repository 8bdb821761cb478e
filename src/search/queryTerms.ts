import { words as foldedWords } from '../text/fold.js';
import { processTerm } from './analyze.js';
import { QUERY_FILLER, STOP_WORDS } from './lexicon/stopWords.js';

/** A topic query broken down: the words the user typed that carry meaning, and their index terms. */
export interface QueryTerms {
  /** Folded words, stop words and filler removed ("linear", "attention"). */
  words: string[];
  /** Their index terms (stemmed), one per word, deduplicated. */
  terms: string[];
}

/** Words that describe a topic, without function words or "papers about" filler. */
export function queryTerms(text: string): QueryTerms {
  const words: string[] = [];
  const terms: string[] = [];
  for (const word of foldedWords(text)) {
    if (STOP_WORDS.has(word) || QUERY_FILLER.has(word)) continue;
    const term = processTerm(word);
    if (term === null || terms.includes(term)) continue;
    words.push(word);
    terms.push(term);
  }
  return { words, terms };
}

/** Query-side term processing for minisearch: like the index's, minus query filler. */
export function processQueryTerm(term: string): string | null {
  return QUERY_FILLER.has(term) ? null : processTerm(term);
}
