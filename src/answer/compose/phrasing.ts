import type { Asks } from '../question/classifyQuestion.js';
import type { Clipped } from './clipQuote.js';

/** A quote as shown inside answer text: in quotation marks, with an ellipsis where it was cut. */
export function quoted(clip: Clipped): string {
  return `“${clip.cutStart ? '…' : ''}${clip.text}${clip.cutEnd ? '…' : ''}”`;
}

/** "/search …" pointer for answers that fall short. */
export function searchHint(topic: readonly string[]): string {
  const words = topic.slice(0, 6).join(' ');
  return words.length > 0 ? `Try /search ${words} to look further.` : 'Try /search with a topic, or name a paper (title or method name).';
}

const MISSING: Partial<Record<Asks, string>> = {
  quantity: 'give that figure',
  hardware: 'say which hardware it is built for',
  code: 'link to its code',
  benchmark: 'name the benchmarks it is evaluated on',
  limitation: 'state its limitations',
  authors: 'list its authors',
  published: 'give its publication date',
  upvotes: 'give its upvote count',
};

/** What an abstract fails to say, for a hedged answer ("doesn't give that figure"). */
export function missingWhat(asks: Asks): string {
  return MISSING[asks] ?? 'clearly answer that';
}
