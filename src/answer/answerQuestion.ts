import { paperById, type Library } from '../search/library.js';
import type { Answer, AskOptions } from './answer.js';
import { answerAcross } from './compose/answerAcross.js';
import { answerPaper, unmentioned, type PaperPick } from './compose/answerPaper.js';
import { answerRecord, RECORD_ASKS } from './compose/answerRecord.js';
import { classifyQuestion, type Asks, type QuestionIntent } from './question/classifyQuestion.js';
import { describedPaper, termsAfterDescription } from './resolve/describedPaper.js';
import { quotedTitle } from './resolve/quotedTitle.js';
import { ANSWER_LIMITS } from './limits.js';
import { paperNames } from './resolve/paperNames.js';
import { searchHint } from './compose/phrasing.js';
import { namePattern } from './compose/pickSentences.js';
import { questionTerms, type QuestionTerms } from './question/questionTerms.js';
import { questionTokens } from './question/questionTokens.js';
import { resolvePaper } from './resolve/resolvePaper.js';

/** Everything the answer was built from, so a language model can phrase it from the same passages. */
export interface Grounding {
  answer: Answer;
  /** Papers whose abstracts the answer drew on (the one asked about, or those listed). */
  paperIds: string[];
  intent: QuestionIntent;
  terms: QuestionTerms;
}

/** A described paper counts as a close match: sure enough for a confident answer (see answerPaper). */
const DESCRIBED_SIMILARITY = 0.8;

/**
 * Questions a described paper may answer confidently: a figure, hardware, benchmarks or code of
 * "the paper on …". A definition or a general question about a topic ("What is the Schrödinger
 * equation?") is not about one paper, however well one paper matches it: it gets that paper's
 * closest sentences, marked unsure.
 */
const DESCRIBED_ASKS: ReadonlySet<Asks> = new Set<Asks>(['quantity', 'hardware', 'benchmark', 'code']);

// Words that point back at a pinned paper ("this paper", "it") rather than name one.
const SELF_REFERENCE = /^(?:this|that|the|it|its|paper|work|article|study|method|approach|model)$/;

/** Answers a question and reports which papers it drew on. */
export function groundAnswer(library: Library, question: string, options: AskOptions = {}): Grounding {
  const text = question.slice(0, ANSWER_LIMITS.maxQuestion).trim();
  let intent = classifyQuestion(text);
  const tokens = questionTokens(text);
  const pinned = options.paperId === undefined ? undefined : paperById(library, options.paperId);
  if (options.paperId !== undefined && pinned === undefined) {
    const answer: Answer = { answer: `I have no paper with the id "${options.paperId}". Find one with /search or /paper.`, citations: [], confident: false, kind: 'unknown' };
    return { answer, paperIds: [], intent, terms: { required: [], measure: [], soft: [], topic: [], measureWords: [] } };
  }
  const absent = new Set<string>();
  const resolved = intent.scope === 'across' && pinned === undefined ? null : (resolvePaper(library, tokens, intent.asks, absent) ?? quotedTitle(library, text, tokens));
  const skip = new Set<number>();
  let pick: PaperPick | null = null;
  if (pinned !== undefined) {
    if (resolved !== null && resolved.paper.id === pinned.id) for (const i of resolved.tokens) skip.add(i);
    tokens.forEach((t, i) => { if (SELF_REFERENCE.test(t.key)) skip.add(i); });
    pick = { paper: pinned, how: 'pinned', similarity: 1, name: namePattern(paperNames(pinned).filter((n) => n.source !== 'title' && n.source !== 'id').map((n) => n.text)) };
  } else if (resolved !== null) {
    for (const i of resolved.tokens) skip.add(i);
    const names = paperNames(resolved.paper).filter((n) => n.source !== 'title' && n.source !== 'id').map((n) => n.text);
    pick = { paper: resolved.paper, how: resolved.how, similarity: resolved.similarity, name: namePattern([resolved.name, ...names]) };
  }
  const terms = questionTerms(tokens, intent.asks, skip, intent.countNoun, pick === null);
  if (pick !== null) {
    // "What about FlashAttention?" asks for nothing in particular: say what the paper is.
    if (intent.asks === 'general' && terms.required.length === 0) intent = { ...intent, asks: 'definition' };
    // "What is EE-LLM built on?" asks about something in particular, not for a definition.
    if (intent.asks === 'definition' && terms.required.length > 0) intent = { ...intent, asks: 'general' };
    if (RECORD_ASKS.has(intent.asks)) return { answer: answerRecord(pick.paper, intent.asks, text), paperIds: [pick.paper.id], intent, terms };
    const answer = answerPaper(pick, intent, terms);
    return { answer, paperIds: [pick.paper.id], intent, terms };
  }
  const recordOfOne = RECORD_ASKS.has(intent.asks) && intent.scope !== 'across';
  const described = recordOfOne ? answerDescribed(library, intent, terms, text) : null;
  if (described !== null) return { answer: described, paperIds: [...new Set(described.citations.map((c) => c.id))], intent, terms };
  if (intent.asks === 'unsupported' || recordOfOne) {
    return {
      answer: {
        answer: `I couldn't tell which paper you mean, and the digests only record titles, abstracts, code links, author counts, dates and upvotes. Name a paper by its title or method name. ${searchHint(terms.topic)}`,
        citations: [],
        confident: false,
        kind: 'unknown',
      },
      paperIds: [],
      intent,
      terms,
    };
  }
  const typed = tokens.filter((t) => terms.topic.includes(t.key)).map((t) => t.text);
  const across = answerAcross(library, intent, terms, typed, absent);
  const fallback = across.confident ? null : answerDescribed(library, intent, terms, text);
  const answer = fallback !== null && (fallback.confident || across.citations.length === 0) ? fallback : across;
  return { answer, paperIds: [...new Set(answer.citations.map((c) => c.id))], intent, terms };
}

/** Answers from the one paper the question describes without naming it, when there is one. */
function answerDescribed(library: Library, intent: QuestionIntent, terms: QuestionTerms, text: string): Answer | null {
  if (intent.asks === 'unsupported') return null;
  const described = describedPaper(library, terms);
  if (described === null) return null;
  const { paper, loose } = described;
  // A loosely matched paper never answers a question about its record (authors, dates).
  if (RECORD_ASKS.has(intent.asks)) return loose ? null : answerRecord(paper, intent.asks, text);
  const names = paperNames(paper).filter((n) => n.source !== 'title' && n.source !== 'id').map((n) => n.text);
  // Other questions get the paper's closest sentences, never as a confident answer; so does a
  // question naming two things the paper never mentions (judged on the terms before the
  // description is set aside).
  const similarity = !loose && DESCRIBED_ASKS.has(intent.asks) && unmentioned(paper, terms.required) <= 1 ? DESCRIBED_SIMILARITY : DESCRIBED_SIMILARITY / 2;
  return answerPaper({ paper, how: 'fuzzy', similarity, name: namePattern(names) }, intent, termsAfterDescription(terms));
}

/** Answers a plain-language question from the digests' abstracts, quoting and citing them. */
export function answerQuestion(library: Library, question: string, options: AskOptions = {}): Answer {
  return groundAnswer(library, question, options).answer;
}
