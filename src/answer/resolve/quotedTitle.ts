import type { Library } from '../../search/library.js';
import { compact } from '../../text/fold.js';
import type { Resolution } from './nameContext.js';
import type { Token } from '../question/questionTokens.js';

/**
 * A title quoted in the question ("the 'to prune or not' paper", “one map, many trials”): the one
 * paper whose title holds the quoted words (punctuation and case aside). Invariants: the quote
 * opens after a space or bracket and closes before one (so "retailer's" is no quote); it holds at
 * least MIN_KEY letters; it names a paper only when exactly one title holds it. The match is
 * `fuzzy` — a fragment, not the whole name — so answers from it are no surer than a close match.
 */
const QUOTED = /(?:^|[\s(])['"‘“]([^'"‘’“”]{4,120})['"’”](?=$|[\s,.;:!?)])/gu;
const MIN_KEY = 8;
const SIMILARITY = 0.9;

/** The paper a quoted title fragment names, or null. */
export function quotedTitle(library: Library, question: string, tokens: readonly Token[]): Resolution | null {
  for (const match of question.matchAll(QUOTED)) {
    const key = compact(match[1] ?? '');
    if (key.length < MIN_KEY) continue;
    const holders = library.papers.filter((p) => p.withdrawnAt === null && compact(p.title).includes(key));
    const paper = holders[0];
    if (paper === undefined || holders.length > 1) continue;
    // The quoted words name the paper; they are not what the question asks about.
    const inQuote = tokens.flatMap((t, i) => (t.key.length > 0 && key.includes(t.key) ? [i] : []));
    return { paper, how: 'fuzzy', similarity: SIMILARITY, tokens: inQuote, name: match[1] ?? '' };
  }
  return null;
}
