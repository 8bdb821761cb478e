import type { Paper } from '../../digest/schema.js';
import { markerNumbers, withoutMarkers } from './citationMarkers.js';
import { quotationFound } from '../compose/matchText.js';
import { findQuotations, type Quotation } from '../compose/quotations.js';

// Where a sentence ends: the quotation's own sentence is what its markers belong to.
const SENTENCE_END = /[.!?](?=\s|$)|\n/;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

/** The citation numbers of the sentence a quotation stands in (markers outside the quotation). */
function sentenceMarkers(answer: string, quotation: Quotation): number[] {
  let start = 0;
  for (const m of answer.slice(0, quotation.start).matchAll(SENTENCE_ENDS)) start = m.index + 1;
  const after = answer.slice(quotation.end);
  const stop = after.search(SENTENCE_END);
  const sentence = `${answer.slice(start, quotation.start)} ${stop === -1 ? after : after.slice(0, stop + 1)}`;
  return markerNumbers(sentence);
}

/**
 * Checks the text of a model's answer against the papers it cites (`cited[n - 1]` is citation
 * [n]): every marker names a real citation, and every quotation is found in the title or abstract
 * of a paper its sentence cites (of any cited paper when the sentence has no marker), after
 * typography is normalized. Returns why the text fails, or null when it holds.
 */
export function checkAnswerText(answer: string, cited: readonly Paper[]): string | null {
  const bad = markerNumbers(answer).find((n) => n < 1 || n > cited.length);
  if (bad !== undefined) return `answer cites [${bad}] but has ${cited.length} citation(s)`;
  const quotations = findQuotations(answer);
  if (quotations === null) return 'answer has an unpaired quotation mark';
  for (const quotation of quotations) {
    const numbers = sentenceMarkers(answer, quotation);
    const sources = numbers.length === 0 ? cited : numbers.map((n) => cited[n - 1]).filter((p): p is Paper => p !== undefined);
    const text = withoutMarkers(quotation.text);
    if (!sources.some((paper) => quotationFound(paper.abstract, text) || quotationFound(paper.title, text))) {
      return `answer quotes words its cited abstracts lack ("${text.slice(0, 60)}")`;
    }
  }
  return null;
}
