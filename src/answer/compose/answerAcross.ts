import type { Paper } from '../../digest/schema.js';
import type { Library } from '../../search/library.js';
import { rankTopic } from '../../search/searchPapers.js';
import type { Answer, Citation } from '../answer.js';
import type { QuestionIntent } from '../question/classifyQuestion.js';
import { RECORD_ASKS } from './answerRecord.js';
import { hasEvidence } from './evidence.js';
import { ANSWER_LIMITS } from '../limits.js';
import { matchedTerms, termPrefixes, termsFor } from '../question/matchTerms.js';
import { quoted, searchHint } from './phrasing.js';
import { scoreSentences, type ScoredSentence } from './pickSentences.js';
import { termPapers } from '../question/termRarity.js';
import { definesTopicPattern } from '../lexicon/sentenceCues.js';
import type { QuestionTerms } from '../question/questionTerms.js';

interface Found {
  paper: Paper;
  /** The sentence that shows why, or two when one names the subject and the other holds the figure. */
  quotes: ScoredSentence[];
  /** Share of the topic's terms the paper's title and quoted sentence hold together. */
  coverage: number;
  /** Share the quoted sentence holds by itself. */
  sentenceCoverage: number;
  evidence: boolean;
  rank: number;
}

// Topic words may have one short word between them ("time to first token").
const GAP = '[\\s-]+(?:\\p{L}{1,4}[\\s-]+)?';

function phraseIn(text: string, topic: readonly string[]): boolean {
  if (topic.length === 0) return false;
  const folded = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const parts = topic.map((w) => w.replace(/s$/, '').replace(/[^\p{L}\p{N}]/gu, ''));
  return new RegExp(` ${parts.map((p) => `${p}\\p{L}*`).join(GAP)} `, 'u').test(folded);
}

/** Whether a definition-style question ("what is a KV cache?") finds its topic defined in the sentence. */
function defines(text: string, topic: readonly string[], typed: readonly string[]): boolean {
  // An acronym asked about, spelled out where the sentence introduces it: "the Neural Tangent Kernel (NTK)".
  const acronym = typed.length === 1 && /^[\p{Lu}\p{N}-]{2,}s?$/u.test(typed[0] ?? '') ? typed[0] : undefined;
  if (acronym !== undefined && new RegExp(`\\p{L}{3,}\\s+\\(${acronym.replace(/[^\p{L}\p{N}]/gu, '.')}\\)`, 'u').test(text)) return true;
  if (!phraseIn(text, topic)) return false;
  const parts = topic.map((w) => w.replace(/s$/, '').replace(/[^\p{L}\p{N}]/gu, ''));
  const phrase = `${parts.map((p) => `${p}\\p{L}*`).join(GAP)}(?:\\s*\\([^)]{1,40}\\))?`;
  return definesTopicPattern(phrase).test(text);
}

/**
 * The topic words worth searching: rarest first, while their estimated postings stay within
 * budget. Words too common to search ("model") are still required of the quoted sentence.
 */
function searchableWords(library: Library, pairs: ReadonlyArray<{ word: string; term: string }>): string[] {
  const ranked = pairs.map(({ word, term }) => ({ word, papers: termPapers(library, term) })).sort((a, b) => a.papers - b.papers);
  const out: string[] = [];
  let budget = ANSWER_LIMITS.searchPostingsBudget;
  for (const { word, papers } of ranked) {
    if (papers > budget) break;
    out.push(word);
    budget -= papers;
  }
  return out;
}

/** Answers a question across papers: up to five papers, each with the sentence that shows why. */
export function answerAcross(library: Library, intent: QuestionIntent, terms: QuestionTerms, typed: readonly string[] = [], absent: ReadonlySet<string> = new Set()): Answer {
  const required = [...terms.required, ...terms.measure];
  const topic = terms.topic;
  // A yardstick alone ("which speedups …?") names no topic.
  if (terms.required.length === 0) {
    return { answer: `I couldn't tell what topic to look for. ${searchHint([])}`, citations: [], confident: false, kind: 'unknown' };
  }
  const need = required.length <= 3 ? 1 : (required.length - 1) / required.length;
  const missing = topic.filter((w) => absent.has(w)).length;
  // A word no paper holds ("AlphaFold") leaves the topic uncoverable once more than the allowed miss.
  if (missing > 0 && (required.length - missing) / required.length < need) {
    return { answer: `The abstracts I have don't say anything that answers this. ${searchHint(topic)}`, citations: [], confident: false, kind: 'unknown' };
  }
  const pairs = [
    ...topic.map((word, i) => ({ word, term: terms.required[i] ?? word })),
    ...terms.measureWords.map((word, i) => ({ word, term: terms.measure[i] ?? word })),
  ].filter((p) => !absent.has(p.word));
  const query = searchableWords(library, pairs);
  if (query.length === 0) {
    return { answer: `That is too broad for me to answer from the abstracts. ${searchHint(topic)}`, citations: [], confident: false, kind: 'unknown' };
  }
  const { hits } = rankTopic(library, query.join(' '));
  const acrossIntent: QuestionIntent = { ...intent, asks: intent.asks === 'definition' ? 'general' : intent.asks };
  const acrossTerms: QuestionTerms = { ...terms, required, measure: [] };
  const found: Found[] = [];
  const searchedNeed = query.length <= 3 ? 1 : (query.length - 1) / query.length;
  // A paper matching too few of the searched words anywhere cannot cover the topic in one sentence.
  const candidates = hits.slice(0, ANSWER_LIMITS.acrossCandidates * 2).filter((h) => h.coverage >= searchedNeed - 1e-9).slice(0, ANSWER_LIMITS.acrossCandidates);
  const prefixes = termPrefixes(required);
  candidates.forEach((hit, rank) => {
    const ranked = scoreSentences(hit.paper, acrossIntent, acrossTerms, null, true);
    const best = ranked[0];
    if (best === undefined) return;
    const title = termsFor(hit.paper.title, prefixes);
    const covered = (quotes: readonly ScoredSentence[]): number =>
      matchedTerms(new Set([...quotes.flatMap((q) => [...termsFor(q.clip.text, prefixes)]), ...title]), required).length / required.length;
    let quotes = [best];
    // The figure in one sentence, the subject in another ("… the Nemotron-H 8B model down to 4B …" / "2x faster").
    if (covered(quotes) < need) {
      const partner = ranked.slice(1, 6).find((r) => covered([best, r]) >= need);
      if (partner !== undefined) quotes = [best, partner].sort((a, b) => a.index - b.index);
    }
    const shownText = quotes.map((q) => q.clip.text).join(' ');
    found.push({
      paper: hit.paper,
      quotes,
      coverage: covered(quotes),
      sentenceCoverage: matchedTerms(termsFor(shownText, prefixes), required).length / required.length,
      evidence: hasEvidence(shownText, acrossIntent.asks, intent.measure, intent.countNoun, null),
      rank,
    });
  });
  const kept = found
    .filter((f) => f.coverage >= need && f.sentenceCoverage >= Math.min(0.5, 1 / required.length + 1e-9))
    .sort((a, b) => b.coverage - a.coverage || b.sentenceCoverage - a.sentenceCoverage || Number(b.evidence) - Number(a.evidence) || a.rank - b.rank)
    .slice(0, ANSWER_LIMITS.maxAcross);
  if (kept.length === 0) {
    return { answer: `The abstracts I have don't say anything that answers this. ${searchHint(topic)}`, citations: [], confident: false, kind: 'unknown' };
  }
  const definitional = intent.asks === 'definition';
  const strong = (f: Found): boolean =>
    f.evidence &&
    (f.sentenceCoverage >= need || (f.coverage >= need && f.sentenceCoverage >= 0.5) || (f.coverage === 1 && f.sentenceCoverage >= 1 / 3)) &&
    (!definitional || f.quotes.some((q) => defines(q.clip.text, topic, typed)));
  // A figure, a piece of hardware or a method asked of something no paper was named for ("How
  // many parameters does GPT-4 have?") is only ever a lead: the quote may be about something else.
  // Asked of no paper in particular, only a definition found in an abstract is an answer; record
  // questions across papers ("published in Nature?") are not something abstracts answer.
  const lead = (intent.scope === 'either' && !definitional) || RECORD_ASKS.has(intent.asks);
  const confident = !lead && kept.some(strong);
  const citations: Citation[] = [];
  const lines = kept.map((f, i) => {
    const refs = f.quotes.map((q) => {
      citations.push({ id: f.paper.id, title: f.paper.title, quote: q.clip.text });
      return `${quoted(q.clip)} [${citations.length}]`;
    });
    return `${i + 1}. “${f.paper.title}” — ${refs.join(' … ')}`;
  });
  const head = confident
    ? `Papers in my digests on ${topic.join(' ')}:`
    : `The abstracts I have don't clearly answer this. These come closest:`;
  const tail = confident ? '' : `\n${searchHint(topic)}`;
  return { answer: `${head}\n${lines.join('\n')}${tail}`, citations, confident, kind: 'across' };
}
