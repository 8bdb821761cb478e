import type { Catalogue } from '../digest/catalogue.js';
import type { Paper } from '../digest/schema.js';
import { compact } from '../text/fold.js';
import { popularityOf } from '../trending/rankTrending.js';
import { NameIndex } from './nameIndex.js';
import { TextIndex } from './textIndex.js';
import { buildSegment, type DocFields } from './textSegment.js';
import { buildTitleIndex, type TitleIndex } from './titleIndex.js';
import { createTitleSearch, titleDocs, type TitleSearch } from './titleSearch.js';

/** The library's paper with this id (the one way to get a paper by id), or undefined. */
export function paperById(library: Pick<Library, 'papers' | 'position'>, id: string): Paper | undefined {
  const doc = library.position.get(id);
  // The map may be shared with a later, extended library: a number past our papers is not ours.
  return doc === undefined || doc >= library.papers.length ? undefined : library.papers[doc];
}

/**
 * The catalogue plus everything built over it to answer queries. Immutable once built: a reload
 * builds a new Library and swaps the reference, so queries in flight finish on the old one.
 */
export interface Library {
  readonly catalogue: Catalogue;
  readonly papers: readonly Paper[];
  /** Full-text BM25 over titles, names and abstracts (topic search, related, /ask retrieval). */
  readonly text: TextIndex;
  /**
   * minisearch over titles and names (lookup: typos, prefixes). Null for a moment after a restart
   * while it loads in the background; lookups then skip typo matching.
   */
  readonly titleSearch: TitleSearch | null;
  /** Word index over titles and names (autocomplete). */
  readonly titles: TitleIndex;
  /**
   * Paper number (position in `papers`) by paper id. An extension appends to the map in place, so
   * it may hold later papers' ids: read it through paperById (which bounds-checks), not directly.
   */
  readonly position: ReadonlyMap<string, number>;
  /** Exact-name lookups: compact title, compact title prefix before ":", compact alias → paper numbers. */
  readonly names: NameIndex;
  /** Trending score per paper number, computed at build time; orders autocomplete and digests. */
  readonly popularity: Float64Array;
  /** Paper numbers by trending score, best first. */
  readonly popularOrder: Uint32Array;
  readonly builtAt: Date;
}

/** The text of a paper as the full-text index sees it. */
export function docFields(paper: Paper): DocFields {
  return { title: paper.title, aliases: paper.aliases.join(' ; '), abstract: paper.abstract, keywords: paper.keywords.join(' ; '), authors: paper.authors.join(' ; ') };
}

/** The text a paper shows to autocomplete: title and names. */
export function titleText(paper: Paper): string {
  return `${paper.title} ${paper.aliases.join(' ')}`;
}

function addName(names: Map<string, number[]>, name: string, doc: number): void {
  const key = compact(name);
  if (key.length < 2) return;
  const list = names.get(key);
  if (list === undefined) names.set(key, [doc]);
  else if (!list.includes(doc)) list.push(doc);
}

/** Prebuilt parts (from a snapshot or a worker); whatever is missing is built here. */
export interface LibraryParts {
  text?: TextIndex;
  titleSearch?: TitleSearch;
  titles?: TitleIndex;
  names?: NameIndex;
}

/** Exact-name keys (compact title, title prefix before ":", id, aliases) → paper numbers, for papers numbered from `base`. */
export function nameMap(papers: readonly Paper[], base = 0): Map<string, number[]> {
  const names = new Map<string, number[]>();
  papers.forEach((paper, i) => {
    const doc = base + i;
    addName(names, paper.title, doc);
    addName(names, paper.id, doc);
    const colon = paper.title.indexOf(':');
    if (colon > 0) addName(names, paper.title.slice(0, colon), doc);
    for (const alias of paper.aliases) addName(names, alias, doc);
  });
  return names;
}

/** The exact-name index of a catalogue. */
export function buildNames(papers: readonly Paper[]): NameIndex {
  return NameIndex.from(nameMap(papers));
}

/** Builds a library around a catalogue. */
export function buildLibrary(catalogue: Catalogue, now: Date, parts: LibraryParts = {}): Library {
  const papers = catalogue.papers;
  const popularity = popularityOf(papers, now);
  return {
    catalogue,
    papers,
    text: parts.text ?? new TextIndex([buildSegment(papers.map(docFields), 0)]),
    titleSearch: parts.titleSearch ?? createTitleSearch(titleDocs(papers)),
    titles: parts.titles ?? buildTitleIndex(papers.map(titleText)),
    position: new Map(papers.map((p, i) => [p.id, i])),
    names: parts.names ?? buildNames(papers),
    popularity,
    popularOrder: orderByScore(popularity),
    builtAt: now,
  };
}

/**
 * Paper numbers sorted by score, highest first (ties by number, so the order is stable). Papers
 * scored -Infinity (withdrawn) are left out: trending, digests and autocomplete walk this order.
 */
export function orderByScore(scores: Float64Array): Uint32Array {
  const order = new Uint32Array(scores.length);
  let listed = 0;
  for (let i = 0; i < scores.length; i += 1) if (scores[i] !== Number.NEGATIVE_INFINITY) order[listed++] = i;
  return order.subarray(0, listed).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
}

/** The same library with trending scores recomputed at `now` (recency shifts as days pass). */
export function rescored(library: Library, now: Date): Library {
  const popularity = popularityOf(library.papers, now);
  return { ...library, popularity, popularOrder: orderByScore(popularity), builtAt: now };
}

// Withdrawn papers per library (a refresh of live numbers makes a new Library, so this never goes stale).
const withdrawnCache = new WeakMap<Library, ReadonlySet<number>>();

/**
 * A filter that keeps withdrawn papers out of index results, or undefined when the library has
 * none (the usual case: no per-hit check at all).
 */
export function listedOnly(library: Library): ((doc: number) => boolean) | undefined {
  let withdrawn = withdrawnCache.get(library);
  if (withdrawn === undefined) {
    const docs = new Set<number>();
    library.papers.forEach((paper, doc) => {
      if (paper.withdrawnAt !== null) docs.add(doc);
    });
    withdrawn = docs;
    withdrawnCache.set(library, withdrawn);
  }
  const hidden = withdrawn;
  return hidden.size === 0 ? undefined : (doc) => !hidden.has(doc);
}
