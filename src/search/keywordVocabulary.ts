import type { Paper } from '../digest/schema.js';
import { words } from '../text/fold.js';

/**
 * Keyword co-occurrence learned from the catalogue: the feed tags each paper with AI keywords, and
 * keywords that keep appearing together name neighbouring ideas (papers tagged "speculative
 * decoding" are also tagged "draft model"). Built lazily once per catalogue (papers array) and
 * kept while that catalogue lives. Invariants: a pair counts only when at least MIN_SHARED papers
 * carry both and they are at least MIN_SHARE of the papers carrying the keyword asked about, so a
 * keyword on every paper ("large language models") neighbours nothing in particular.
 */
export const CO_TAGGED = { minShared: 2, minShare: 0.25, minLift: 2, most: 2 } as const;

/** A keyword folded to its words with plural s dropped, so "Draft Models" and "draft model" meet. */
export function keywordKey(text: string): string {
  return words(text)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

export interface KeywordVocabulary {
  /** Papers carrying each keyword (by key). */
  count: ReadonlyMap<string, number>;
  /** For each keyword key: co-tagged keyword keys with how many papers carry both. */
  together: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** A readable spelling of each key (its first appearance). */
  spelling: ReadonlyMap<string, string>;
  /** Papers carrying any keyword. */
  tagged: number;
}

const built = new WeakMap<readonly Paper[], KeywordVocabulary>();

/** The co-occurrence table of a catalogue's keywords (built on first use). */
export function keywordVocabulary(papers: readonly Paper[]): KeywordVocabulary {
  const known = built.get(papers);
  if (known !== undefined) return known;
  const count = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  const spelling = new Map<string, string>();
  let tagged = 0;
  for (const paper of papers) {
    if (paper.keywords.length === 0 || paper.withdrawnAt !== null) continue;
    tagged += 1;
    const keys = [...new Set(paper.keywords.map((k) => {
      const key = keywordKey(k);
      if (key.length > 0 && !spelling.has(key)) spelling.set(key, k.trim());
      return key;
    }))].filter((k) => k.length > 0).slice(0, 24);
    for (const key of keys) {
      count.set(key, (count.get(key) ?? 0) + 1);
      let row = together.get(key);
      if (row === undefined) together.set(key, (row = new Map<string, number>()));
      for (const other of keys) if (other !== key) row.set(other, (row.get(other) ?? 0) + 1);
    }
  }
  const vocabulary = { count, together, spelling, tagged };
  built.set(papers, vocabulary);
  return vocabulary;
}

/** Keywords that travel with the topic (when the topic is itself a keyword), most shared first. */
export function coTagged(vocabulary: KeywordVocabulary, topic: string): string[] {
  const key = keywordKey(topic);
  const row = vocabulary.together.get(key);
  const own = vocabulary.count.get(key) ?? 0;
  if (row === undefined || own === 0) return [];
  return [...row.entries()]
    .filter(([other, shared]) => {
      const lift = (shared * vocabulary.tagged) / (own * (vocabulary.count.get(other) ?? 1));
      return shared >= CO_TAGGED.minShared && shared / own >= CO_TAGGED.minShare && lift >= CO_TAGGED.minLift;
    })
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, CO_TAGGED.most)
    .map(([other]) => vocabulary.spelling.get(other) ?? other);
}
