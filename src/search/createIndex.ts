import MiniSearch, { type Options } from 'minisearch';
import type { Paper } from '../digest/schema.js';
import { processTerm, tokenize } from './analyze.js';

/** Field weights: a match in the title or a name the paper introduces counts far above the abstract. */
export const FIELD_BOOST = { title: 3, aliases: 3, abstract: 1 } as const;

/** The index options; part of the snapshot key, so changing them invalidates saved indexes. */
export const INDEX_OPTIONS: Options<Paper> = {
  idField: 'id',
  fields: ['title', 'aliases', 'abstract'],
  storeFields: [],
  extractField: (paper, field) => {
    const value = (paper as unknown as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.join(' ; ') : String(value ?? '');
  },
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
  searchOptions: { boost: { ...FIELD_BOOST } },
};

/** A minisearch full-text index over papers' titles, aliases and abstracts (nothing stored twice). */
export function createIndex(papers: readonly Paper[]): MiniSearch<Paper> {
  const index = new MiniSearch<Paper>(INDEX_OPTIONS);
  index.addAll(papers);
  return index;
}
