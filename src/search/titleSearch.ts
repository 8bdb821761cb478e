import MiniSearch, { type Options } from 'minisearch';
import { processTerm, tokenize } from './analyze.js';

/** What the title index stores per paper: its number (catalogue position), title and the names it introduces. */
export interface TitleDoc {
  /** Catalogue position: short in the saved index, and stable because new papers are appended. */
  doc: number;
  title: string;
  aliases: readonly string[];
}

/** Options of the minisearch title/alias index; part of the snapshot key. */
export const TITLE_SEARCH_OPTIONS: Options<TitleDoc> = {
  idField: 'doc',
  fields: ['title', 'aliases'],
  storeFields: [],
  extractField: (doc, field) => (field === 'aliases' ? doc.aliases.join(' ; ') : field === 'title' ? doc.title : String(doc.doc)),
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
  searchOptions: { boost: { title: 1, aliases: 1 } },
};

/**
 * The minisearch index over titles and introduced names: the fuzzy and prefix matching behind
 * /paper lookups (typos, half-typed words, method names). Small — titles only — so it builds and
 * loads quickly even at 100k papers.
 */
export type TitleSearch = MiniSearch<TitleDoc>;

/** The title-index documents of papers numbered from `base`. */
export function titleDocs(papers: readonly { title: string; aliases: readonly string[] }[], base = 0): TitleDoc[] {
  return papers.map((p, i) => ({ doc: base + i, title: p.title, aliases: p.aliases }));
}

/** Builds the title/alias index. */
export function createTitleSearch(docs: readonly TitleDoc[]): TitleSearch {
  const index = new MiniSearch<TitleDoc>(TITLE_SEARCH_OPTIONS);
  index.addAll(docs);
  return index;
}

/** Restores a saved title index without blocking the event loop for long. */
export function loadTitleSearch(json: string): Promise<TitleSearch> {
  return MiniSearch.loadJSONAsync<TitleDoc>(json, TITLE_SEARCH_OPTIONS);
}
