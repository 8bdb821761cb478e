import { isAboutTopic } from './aboutness.js';
import { FEEDBACK, feedbackWords } from './feedback.js';
import { coTagged, keywordVocabulary } from './keywordVocabulary.js';
import type { Library } from './library.js';
import type { SearchHit } from './searchPapers.js';

/** Ranks one phrasing of a topic to a depth (searchPapers' rankOne, passed in to keep the modules acyclic). */
export type RankPhrasing = (library: Library, topic: string, depth: number) => { hits: SearchHit[] };

/** Papers read from each loose expansion: they only fill and reorder the tail, so a short list does. */
export const LOOSE_DEPTH = 40;
/**
 * Loose expansions run only when fewer papers than this are about the topic: a topic with two
 * pages of papers about it gains little from more, and each expansion costs a search.
 */
export const THIN = 10;

/**
 * The loose expansions of a topic, learned from the catalogue: keywords co-tagged with it
 * (keywordVocabulary.ts) and the words characterising its strongest matches (feedback.ts), when
 * few papers are about the topic (THIN). Each found paper carries `via` (what found it) and is
 * never counted as about the typed topic.
 */
export function looseExpansions(library: Library, typed: string, ranked: readonly SearchHit[], terms: readonly string[], rank: RankPhrasing): { hits: SearchHit[]; searched: string[] } {
  const searched: string[] = [];
  const hits: SearchHit[] = [];
  const about = ranked.filter((h) => h.via === undefined && isAboutTopic(h));
  if (about.length >= THIN) return { hits, searched };
  for (const keyword of coTagged(keywordVocabulary(library.papers), typed)) {
    const found = rank(library, keyword, LOOSE_DEPTH).hits.filter(isAboutTopic);
    if (found.length === 0) continue;
    searched.push(keyword);
    hits.push(...found.map((h) => ({ ...h, via: keyword })));
  }
  const leaders = about.filter((h) => h.centrality >= FEEDBACK.minCentrality).map((h) => h.paper);
  const words = feedbackWords(library.text, leaders, terms);
  if (words.length > 0) {
    const phrase = words.join(' ');
    const found = rank(library, phrase, LOOSE_DEPTH).hits;
    if (found.length > 0) {
      searched.push(...words);
      hits.push(...found.map((h) => ({ ...h, via: phrase })));
    }
  }
  return { hits, searched };
}
