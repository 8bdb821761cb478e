import type { Library } from '../../src/search/library.js';
import { lookup } from '../../src/search/lookup.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { suggest } from '../../src/search/suggest.js';
import type { QuerySets } from '../queries/makeQueries.js';
import { timeCalls, timeEach, toTimed, type Timed } from './timeCalls.js';

/** In-process latency of each query path on one library. */
export interface QueryResult {
  size: number;
  /** Series name → latency: lookup, lookup:title|typo|name, search, suggest, ask, ask:what|faster|which. */
  series: Record<string, Timed>;
  /** Why /ask was not measured, when it was not. */
  askMissing: string | null;
}

type Ask = (library: Library, question: string) => unknown;

async function loadAsk(): Promise<Ask | string> {
  try {
    const module = (await import('../../src/answer/answerQuestion.js')) as { answerQuestion?: unknown };
    return typeof module.answerQuestion === 'function' ? (module.answerQuestion as Ask) : 'src/answer/answerQuestion.ts exports no answerQuestion';
  } catch (error) {
    return `answerQuestion unavailable (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Times lookup, searchPapers, suggest and answerQuestion over the query sets. */
export async function measureQueries(size: number, library: Library, queries: QuerySets, budgetMs: number): Promise<QueryResult> {
  const series: Record<string, Timed> = {};
  const lookups = timeEach(queries.lookup, (q) => lookup(library, q.text), budgetMs);
  series.lookup = toTimed(lookups, queries.lookup.length);
  for (const kind of ['title', 'typo', 'name'] as const) {
    const mine = lookups.filter((_, i) => queries.lookup[i]?.kind === kind);
    series[`lookup:${kind}`] = toTimed(mine, queries.lookup.filter((q) => q.kind === kind).length);
  }
  series.search = timeCalls(queries.topics, (t) => searchPapers(library, t, { limit: 25 }), budgetMs);
  series.suggest = timeCalls(queries.prefixes, (p) => suggest(library, p), budgetMs);
  const ask = await loadAsk();
  if (typeof ask === 'string') return { size, series, askMissing: ask };
  const asked = timeEach(queries.questions, (q) => ask(library, q.text), budgetMs);
  series.ask = toTimed(asked, queries.questions.length);
  for (const kind of ['what', 'faster', 'which'] as const) {
    const mine = asked.filter((_, i) => queries.questions[i]?.kind === kind);
    series[`ask:${kind}`] = toTimed(mine, queries.questions.filter((q) => q.kind === kind).length);
  }
  return { size, series, askMissing: null };
}
