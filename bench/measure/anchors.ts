import MiniSearch from 'minisearch';
import type { Paper } from '../../src/digest/schema.js';
import { settledHeap } from '../gc.js';
import type { QuerySets } from '../queries/makeQueries.js';
import { timeCalls, type Timed } from './timeCalls.js';

/** Reference points measured beside paperboy on the same papers and queries. */
export interface AnchorResult {
  size: number;
  /** minisearch with default options over title and abstract: bare build and the memory it holds. */
  minisearchBuildMs: number;
  minisearchHeap: number;
  /** The /search topics, `search(topic)` with default options. */
  minisearchTopic: Timed;
  /** The autocomplete prefixes, `search(prefix, { prefix: true })` and `autoSuggest(prefix)`. */
  minisearchPrefix: Timed;
  minisearchAutoSuggest: Timed;
  /** Lower-cased startsWith/includes over every title: the floor for autocomplete. */
  linearScan: Timed;
}

/** Up to 25 titles starting with, then containing, the typed text — scanning all of them. */
function scanTitles(titles: readonly string[], typed: string): number[] {
  const needle = typed.toLowerCase();
  const starts: number[] = [];
  const contains: number[] = [];
  for (let i = 0; i < titles.length; i += 1) {
    const title = titles[i] ?? '';
    if (title.startsWith(needle)) {
      if (starts.length < 25) starts.push(i);
    } else if (contains.length < 25 && title.includes(needle)) contains.push(i);
  }
  return [...starts, ...contains].slice(0, 25);
}

/** Builds the anchors over `papers` and times them on the shared query sets. */
export function measureAnchors(size: number, papers: readonly Paper[], queries: QuerySets, budgetMs: number): AnchorResult {
  const before = settledHeap();
  const started = performance.now();
  const index = new MiniSearch<Paper>({ fields: ['title', 'abstract'] });
  index.addAll(papers);
  const minisearchBuildMs = performance.now() - started;
  const minisearchHeap = settledHeap() - before;
  const titles = papers.map((p) => p.title.toLowerCase());
  return {
    size,
    minisearchBuildMs,
    minisearchHeap,
    minisearchTopic: timeCalls(queries.topics, (t) => index.search(t).slice(0, 25), budgetMs),
    minisearchPrefix: timeCalls(queries.prefixes, (p) => index.search(p, { prefix: true }).slice(0, 25), budgetMs),
    minisearchAutoSuggest: timeCalls(queries.prefixes, (p) => index.autoSuggest(p).slice(0, 25), budgetMs),
    linearScan: timeCalls(queries.prefixes, (p) => scanTitles(titles, p), budgetMs),
  };
}
