import type { Paper } from '../../digest/schema.js';
import type { Answer } from '../answer.js';
import type { QuestionIntent } from '../question/classifyQuestion.js';
import { hasEvidence } from './evidence.js';
import { ANSWER_LIMITS } from '../limits.js';
import { matchedTerms, termSet } from '../question/matchTerms.js';
import { missingWhat, quoted, searchHint } from './phrasing.js';
import { continues, scoreSentences, type ScoredSentence } from './pickSentences.js';
import type { QuestionTerms } from '../question/questionTerms.js';

/** How the paper a question is about was identified. */
export interface PaperPick {
  paper: Paper;
  /** `pinned`: given by id; `name`: named exactly; `fuzzy`: a close match. */
  how: 'pinned' | 'name' | 'fuzzy';
  similarity: number;
  name: RegExp | null;
}

/** Fuzzy picks below this similarity never give a confident answer. */
const CONFIDENT_SIMILARITY = 0.8;

/** All required terms, or all but one when the question has many. */
function covers(matched: number, required: number): boolean {
  return required <= 3 ? matched === required : matched >= required - 1;
}

function confidentFor(pick: PaperPick, intent: QuestionIntent, terms: QuestionTerms, chosen: readonly ScoredSentence[]): boolean {
  if (pick.how === 'fuzzy' && pick.similarity < CONFIDENT_SIMILARITY) return false;
  const first = chosen[0];
  if (first === undefined) return false;
  const shown = chosen.map((c) => c.clip.text).join(' ');
  if (!hasEvidence(shown, intent.asks, intent.measure, intent.countNoun, pick.name)) return false;
  // Words of the paper's own title or names are about the paper, so they need not be quoted again.
  const own = termSet(`${pick.paper.title} ${pick.paper.aliases.join(' ')}`);
  const matched = matchedTerms(new Set([...termSet(shown), ...own]), terms.required).length;
  return covers(matched, terms.required.length) && unmentioned(pick.paper, terms.required) <= 1;
}

/**
 * How many of the question's terms the paper never mentions (title, names, abstract). Two or more
 * ("the WikiText perplexity of …" for a paper reporting neither) are not a stray word of the
 * question: the paper does not answer it, so no answer from it is confident.
 */
export function unmentioned(paper: Paper, required: readonly string[]): number {
  const whole = termSet(`${paper.title} ${paper.aliases.join(' ')} ${paper.abstract}`);
  return required.length - matchedTerms(whole, required).length;
}

/** Answers a question about one paper from the sentences of its abstract. */
export function answerPaper(pick: PaperPick, intent: QuestionIntent, terms: QuestionTerms): Answer {
  const { paper } = pick;
  const ranked = scoreSentences(paper, intent, terms, pick.name);
  const best = ranked[0];
  const title = `“${paper.title}”`;
  if (best === undefined) {
    return { answer: `I have no abstract text for ${title}. ${searchHint(terms.topic)}`, citations: [], confident: false, kind: 'paper' };
  }
  const chosen = [best];
  // "It solves 462/660 problems": a sentence opening with a pronoun needs the one before it.
  const previous = ranked.find((r) => r.index === best.index - 1);
  if (previous !== undefined && continues(best.sentence.text)) chosen.push(previous);
  const next = ranked.find((r) => r.index === best.index + 1);
  // A definition reads better with the sentence that goes on about the method ("X generates …").
  if (intent.asks === 'definition' && chosen.length === 1 && next !== undefined && (pick.name?.test(next.sentence.text.slice(0, 40)) === true || /^(?:it|this (?:method|approach|framework|system|model))\b/i.test(next.sentence.text))) {
    chosen.push(next);
  }
  const second = chosen.length > 1 ? undefined : ranked[1];
  const wantsMore = intent.asks === 'quantity' || intent.asks === 'method' || intent.asks === 'benchmark';
  if (wantsMore && second !== undefined && second.evidence && second.score >= best.score * 0.85 && ANSWER_LIMITS.maxQuotesPerPaper > 1) {
    chosen.push(second);
  }
  chosen.sort((a, b) => a.index - b.index);
  const confident = confidentFor(pick, intent, terms, chosen);
  const citations = chosen.map((c) => ({ id: paper.id, title: paper.title, quote: c.clip.text }));
  const quotes = chosen.map((c, i) => `${quoted(c.clip)} [${i + 1}]`).join(' … ');
  if (confident) {
    return { answer: `From the abstract of ${title}: ${quotes}`, citations, confident: true, kind: 'paper' };
  }
  const relevant = best.matched.length > 0 || best.evidence;
  if (!relevant) {
    return { answer: `The abstract of ${title} doesn't ${missingWhat(intent.asks)}. ${searchHint(terms.topic)}`, citations: [], confident: false, kind: 'paper' };
  }
  return {
    answer: `The abstract of ${title} doesn't clearly ${missingWhat(intent.asks).replace(/^clearly /, '')}. The closest it comes: ${quotes}. ${searchHint(terms.topic)}`,
    citations,
    confident: false,
    kind: 'paper',
  };
}
