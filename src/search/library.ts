import type MiniSearch from 'minisearch';
import type { Catalogue } from '../digest/catalogue.js';
import type { Paper } from '../digest/schema.js';
import { compact } from '../text/fold.js';
import { trendingScore } from '../trending/rankTrending.js';
import { createIndex } from './createIndex.js';
import { buildTitleIndex, type TitleIndex } from './titleIndex.js';

/**
 * The catalogue plus everything built over it to answer queries. Immutable once built: a reload
 * builds a new Library and swaps the reference, so queries in flight finish on the old one.
 */
export interface Library {
  readonly catalogue: Catalogue;
  readonly papers: readonly Paper[];
  readonly index: MiniSearch<Paper>;
  readonly titles: TitleIndex;
  /** Paper number (position in `papers`) by paper id. */
  readonly position: ReadonlyMap<string, number>;
  /** Exact-name lookups: compact title, compact title prefix before ":", compact alias → paper numbers. */
  readonly names: ReadonlyMap<string, readonly number[]>;
  /** Trending score per paper number, computed at build time; orders autocomplete. */
  readonly popularity: Float64Array;
  readonly builtAt: Date;
}

function addName(names: Map<string, number[]>, name: string, doc: number): void {
  const key = compact(name);
  if (key.length < 2) return;
  const list = names.get(key);
  if (list === undefined) names.set(key, [doc]);
  else if (!list.includes(doc)) list.push(doc);
}

/** Builds a library around a catalogue, using a prebuilt index when one is given (snapshot). */
export function buildLibrary(catalogue: Catalogue, now: Date, index?: MiniSearch<Paper>): Library {
  const papers = catalogue.papers;
  const names = new Map<string, number[]>();
  papers.forEach((paper, doc) => {
    addName(names, paper.title, doc);
    addName(names, paper.id, doc);
    const colon = paper.title.indexOf(':');
    if (colon > 0) addName(names, paper.title.slice(0, colon), doc);
    for (const alias of paper.aliases) addName(names, alias, doc);
  });
  return {
    catalogue,
    papers,
    index: index ?? createIndex(papers),
    titles: buildTitleIndex(papers.map((p) => `${p.title} ${p.aliases.join(' ')}`)),
    position: new Map(papers.map((p, i) => [p.id, i])),
    names,
    popularity: Float64Array.from(papers, (p) => trendingScore(p, now)),
    builtAt: now,
  };
}
