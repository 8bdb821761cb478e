import type { Paper } from '../../digest/schema.js';
import { fold } from '../../text/fold.js';
import type { QuestionIntent } from '../question/classifyQuestion.js';
import { clipQuote, type Clipped } from './clipQuote.js';
import { hasEvidence, hasFigure, hasHardware } from './evidence.js';
import { ANSWER_LIMITS } from '../limits.js';
import { matchedTerms, termPrefixes, termsFor } from '../question/matchTerms.js';
import { CONTRIBUTION_CUE, FINDING_CUE, definesNamePattern } from '../lexicon/sentenceCues.js';
import type { QuestionTerms } from '../question/questionTerms.js';
import { splitSentences, type Sentence } from '../../text/splitSentences.js';
import { escapeRegExp } from '../../text/escapeRegExp.js';
import { BACKGROUND, HARDWARE_MENTION } from '../lexicon/mentions.js';

/** A sentence of an abstract judged against a question. */
export interface ScoredSentence {
  sentence: Sentence;
  index: number;
  score: number;
  /** Required terms it holds. */
  matched: string[];
  /** It holds the kind of content asked for (a figure, a hardware word …). */
  evidence: boolean;
  clip: Clipped;
}

/** A case-insensitive pattern for any of a paper's names, as whole words. */
export function namePattern(names: readonly string[]): RegExp | null {
  const usable = names.filter((n) => n.trim().length >= 2).map((n) => escapeRegExp(n.trim()));
  if (usable.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

// A figure with a unit ("4.98×", "77.0%", "6.25x", "ten-fold"): what a "how much" question wants shown.
const STRONG_FIGURE = /\d+(?:\.\d+)?\s?(?:%|×|x\b|times\b|-?fold\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten)-fold\b/g;

function termPositions(text: string, matched: readonly string[]): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  for (const term of matched) {
    const at = lower.indexOf(term.slice(0, Math.max(3, term.length - 1)));
    if (at >= 0) out.push(at);
  }
  return out;
}

function focusOf(text: string, intent: QuestionIntent, matched: readonly string[]): number {
  if (intent.asks === 'quantity') {
    const figures = [...text.matchAll(STRONG_FIGURE)].map((m) => m.index);
    const terms = termPositions(text, matched);
    // The figure nearest to what the question names ("on Path-X", "on ARC-Challenge").
    if (figures.length > 0 && terms.length > 0) {
      const pairs = figures.flatMap((f) => terms.map((t) => ({ f, d: Math.abs(f - t) })));
      const nearest = pairs.sort((a, b) => a.d - b.d)[0];
      if (nearest !== undefined) return Math.min(nearest.f, ...terms.filter((t) => Math.abs(t - nearest.f) <= nearest.d));
    }
    if (figures[0] !== undefined) return figures[0];
    const figure = /\d/.exec(text);
    if (figure !== null) return figure.index;
  }
  if (intent.asks === 'hardware') {
    const hw = HARDWARE_MENTION.exec(text);
    if (hw !== null) return hw.index;
  }
  return termPositions(text, matched)[0] ?? 0;
}

/** Whether a sentence says what the named paper is ("X is a …", "we introduce X, a …", "X serves as …"). */
export function definesName(text: string, name: RegExp | null): boolean {
  return name !== null && definesNamePattern(name.source).test(text);
}


// A name-like token: capitals inside or several of them, or letters with digits (CRReLU, SCIP, CIFAR-10).
const NAME_TOKEN = /(?<![\p{L}\p{N}])(?:\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}-]*|\p{Lu}[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*|\p{L}+\d[\p{L}\p{N}-]*)(?![\p{L}\p{N}])/gu;

/**
 * For "which X …" questions: a bonus for a sentence that holds X and names something the question
 * did not (and that is not the paper itself) — "… solved as an ILP using SCIP" for "which ILP solver".
 */
function namesEntity(text: string, intent: QuestionIntent, name: RegExp | null): number {
  const entity = intent.entity;
  if (entity === undefined) return 0;
  const lower = fold(text);
  if (!entity.head.every((w) => lower.includes(w.replace(/s$/, '').slice(0, Math.max(3, w.length - 2))))) return 0;
  for (const match of text.matchAll(NAME_TOKEN)) {
    const token = match[0];
    if (entity.typed.has(fold(token)) || name?.test(token) === true) continue;
    return 3;
  }
  return 0;
}

/** Whether a sentence opens with a pronoun that points back at the sentence before it. */
export function continues(text: string): boolean {
  if (/^(?:this|these)\s+(?:paper|work|study|article|report|research|thesis|manuscript)\b/i.test(text)) return false;
  return /^(?:it|they|this|these|such|its|their)\b/i.test(text);
}

/** Cheap test that a sentence may hold one of the terms, before analyzing it. */
function mayHold(text: string, terms: readonly string[]): boolean {
  const folded = fold(text);
  return terms.some((t) => folded.includes(t.slice(0, 4)));
}

/**
 * Scores the sentences of a paper's abstract for a question, best first. With `quick`, sentences
 * sharing no term with the question are skipped (lists across many papers).
 */
export function scoreSentences(paper: Paper, intent: QuestionIntent, terms: QuestionTerms, name: RegExp | null, quick = false): ScoredSentence[] {
  const all = splitSentences(paper.abstract);
  const sentences = quick && terms.required.length > 0 ? all.filter((s, i) => mayHold(`${continues(s.text) ? all[i - 1]?.text ?? '' : ''} ${s.text}`, terms.required)) : all;
  const wanted = Math.max(1, terms.required.length);
  const prefixes = termPrefixes([...terms.required, ...terms.soft, ...terms.measure]);
  return sentences
    .map((sentence): ScoredSentence => {
      const index = all.indexOf(sentence);
      // "It solves 462/660 problems" is about what the sentence before it names.
      const before = continues(sentence.text) ? all[index - 1]?.text ?? '' : '';
      const set = termsFor(`${before} ${sentence.text}`, prefixes);
      const matched = matchedTerms(set, terms.required);
      const evidence = hasEvidence(sentence.text, intent.asks, intent.measure, intent.countNoun, name);
      let score = (3 * matched.length) / wanted + 0.6 * matchedTerms(set, terms.soft).length + 0.5 * matchedTerms(set, terms.measure).length;
      if (evidence) score += 2.5;
      if (name?.test(sentence.text) === true) score += 0.3;
      switch (intent.asks) {
        case 'definition':
          if (CONTRIBUTION_CUE.test(sentence.text)) score += 1.5;
          else if (FINDING_CUE.test(sentence.text)) score += 0.8;
          if (definesName(sentence.text, name)) score += 2;
          if (name?.test(sentence.text) === true) score += 0.9;
          if (CONTRIBUTION_CUE.test(sentence.text) && name?.test(sentence.text) === true) score += 1;
          score -= 0.15 * index;
          break;
        case 'method':
          // "How does X do Y?" is answered by what X does, not by the background the abstract opens with.
          if (CONTRIBUTION_CUE.test(sentence.text)) score += 0.6;
          if (name?.test(sentence.text) === true) score += 1;
          if (BACKGROUND.test(sentence.text)) score -= 1;
          score += namesEntity(sentence.text, intent, name);
          break;
        case 'quantity':
          score += Math.min(0.6, 0.2 * (sentence.text.match(/\d+(?:\.\d+)?\s?(?:%|×|x\b)/g)?.length ?? 0));
          if (!hasFigure(sentence.text)) score -= 1;
          break;
        case 'hardware':
          if (hasHardware(sentence.text)) score += 0.5;
          break;
        default:
          score += namesEntity(sentence.text, intent, name);
          break;
      }
      const clip = clipQuote(sentence.text, focusOf(sentence.text, intent, matched), ANSWER_LIMITS.maxQuote);
      return { sentence, index, score, matched, evidence, clip };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
