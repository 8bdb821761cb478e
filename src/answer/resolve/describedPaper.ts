import type { Paper } from '../../digest/schema.js';
import type { Library } from '../../search/library.js';
import { rankTopic } from '../../search/searchPapers.js';
import { termPapers } from '../question/termRarity.js';
import type { QuestionTerms } from '../question/questionTerms.js';

/** Share of the description's weight (rare words weigh more) the paper must hold. */
const MIN_COVERAGE = 0.75;
/** How far the described paper must outscore the next one. */
const MIN_LEAD = 1.6;
/** A lead so large that half the description is enough (the rest is chatter: "people", "~1M"). */
const FAR_LEAD = 4;
/**
 * A lead so overwhelming that a third of the description identifies the paper — a paraphrase
 * ("treating decoding-time compute as particle filtering") shares few words with the abstract but
 * still singles one paper out. Such a match is loose: its answer is never confident.
 */
const LOOSE = { lead: 8, coverage: 0.35 } as const;
/** Words that describe any paper ("the method", "the people"), left out of the description. */
const GENERIC = new Set('method methods approach approaches model models paper papers work works technique techniques framework system algorithm people authors researchers team study result results'.split(' '));
/** Fewer words than this name a topic or a method ("FlashAttention-2"), not describe a paper. */
const MIN_WORDS = 3;
/** Description words searched at most (rarest first), so a long question stays one cheap search. */
const MAX_WORDS = 8;

/**
 * The one paper a question describes without naming it — "the paper on spotting small animals in
 * drone images", "the ternary 1-bit LLM inference system on edge devices": a topic search over
 * the question's content words whose best hit holds most of them (by rarity) and clearly
 * outscores the next paper. A description that fits several papers describes none of them.
 */
export function describedPaper(library: Library, terms: QuestionTerms): { paper: Paper; loose: boolean } | null {
  const described = terms.topic.map((word, i) => ({ word, term: terms.required[i] ?? word })).filter((w) => !GENERIC.has(w.word));
  if (described.length < MIN_WORDS) return null;
  const searched = described
    .map(({ word, term }, i) => ({ word, papers: termPapers(library, term), i }))
    .sort((a, b) => a.papers - b.papers)
    .slice(0, MAX_WORDS)
    .sort((a, b) => a.i - b.i)
    .map((w) => w.word);
  const { hits } = rankTopic(library, searched.join(' '));
  const [top, next] = hits;
  if (top === undefined) return null;
  const lead = next === undefined ? Infinity : top.score / Math.max(next.score, Number.MIN_VALUE);
  // Most of the description and a clear lead, or half of it and a lead no other paper comes near.
  const fits = (top.coverage >= MIN_COVERAGE && lead >= MIN_LEAD) || (top.coverage >= 0.5 && lead >= FAR_LEAD);
  if (fits) return { paper: top.paper, loose: false };
  return top.coverage >= LOOSE.coverage && lead >= LOOSE.lead ? { paper: top.paper, loose: true } : null;
}

/** The question's terms once the paper they describe is chosen: the description ranks sentences, nothing more. */
export function termsAfterDescription(terms: QuestionTerms): QuestionTerms {
  return { ...terms, required: [], soft: [...terms.soft, ...terms.required] };
}
