import type { Paper } from '../digest/schema.js';
import { fold } from '../text/fold.js';
import { FIELD_BOOST } from './createIndex.js';
import type { Library } from './library.js';
import { processQueryTerm, queryTerms } from './queryTerms.js';

/** One ranked answer to a topic query, with what made it match. */
export interface SearchHit {
  paper: Paper;
  score: number;
  /** Share of the query's words the paper matched (1 = all of them). */
  coverage: number;
  /** The query words found, and whether the title (or a name it introduces) holds them. */
  matched: string[];
  inTitle: boolean;
  /** The whole topic appears as a phrase in the title or abstract. */
  phrase: boolean;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  /** The words the query was reduced to; empty when it had nothing searchable. */
  words: string[];
}

/** Most hits ranked per query; pages beyond it are not worth computing. */
export const MAX_RANKED = 200;

function phraseRegex(words: readonly string[]): RegExp | null {
  if (words.length < 2) return null;
  const parts = words.map((w) => `${w.replace(/s$/, '').replace(/[^\p{L}\p{N}]/gu, '')}\\p{L}*`);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${parts.join('[\\s-]+')}`, 'u');
}

/** Ranks every paper matching the topic; multi-word topics favour papers about the whole topic. */
export function rankTopic(library: Library, topic: string): { hits: SearchHit[]; words: string[] } {
  const { words, terms } = queryTerms(topic);
  if (terms.length === 0) return { hits: [], words };
  const raw = library.index.search(words.join(' '), {
    boost: { ...FIELD_BOOST },
    combineWith: 'OR',
    tokenize: (text) => text.split(' '),
    processTerm: processQueryTerm,
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 7 ? 1 : false),
    weights: { fuzzy: 0.3, prefix: 0.5 },
  });
  const phrase = phraseRegex(words);
  const scored: SearchHit[] = [];
  for (const result of raw.slice(0, MAX_RANKED * 2)) {
    const doc = library.position.get(String(result.id));
    const paper = doc === undefined ? undefined : library.papers[doc];
    if (paper === undefined) continue;
    const hitTerms = new Set(result.queryTerms);
    const matchedIdx = terms.map((t, i) => (hitTerms.has(t) ? i : -1)).filter((i) => i >= 0);
    const coverage = matchedIdx.length / terms.length;
    const fields = new Set(Object.values(result.match).flat());
    const inTitle = fields.has('title') || fields.has('aliases');
    let phraseHit = false;
    let score = result.score * coverage * coverage;
    if (phrase !== null && coverage === 1) {
      if (phrase.test(fold(paper.title)) || paper.aliases.some((a) => phrase.test(fold(a)))) {
        phraseHit = true;
        score *= 2;
      } else if (phrase.test(fold(paper.abstract))) {
        phraseHit = true;
        score *= 1.4;
      }
    }
    scored.push({ paper, score, coverage, matched: matchedIdx.map((i) => words[i] ?? ''), inTitle, phrase: phraseHit });
  }
  scored.sort((a, b) => b.score - a.score);
  return { hits: scored.slice(0, MAX_RANKED), words };
}

/** A page of ranked papers for a topic query. */
export function searchPapers(library: Library, topic: string, options: { limit?: number; offset?: number } = {}): SearchPage {
  const limit = Math.max(1, Math.min(options.limit ?? 10, MAX_RANKED));
  const offset = Math.max(0, options.offset ?? 0);
  const { hits, words } = rankTopic(library, topic);
  return { hits: hits.slice(offset, offset + limit), total: hits.length, words };
}
