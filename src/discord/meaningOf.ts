import type { AppContext } from '../context.js';
import { canonicalTopic } from '../replies/searchPage.js';
import type { Meaning } from '../search/searchPapers.js';

/**
 * The topic's embedding with the paper vectors, for /search to fuse — or undefined (search by
 * words) when search by meaning is off, has no vectors yet, or the query was not embedded in time.
 * The page buttons embed the same canonical topic, so every page ranks alike (a cached vector).
 */
export async function meaningOf(ctx: Pick<AppContext, 'semantic' | 'shutdown'>, topic: string): Promise<Meaning | undefined> {
  const vectors = ctx.semantic?.current() ?? null;
  if (ctx.semantic === undefined || vectors === null) return undefined;
  const query = await ctx.semantic.queryVector(canonicalTopic(topic), ctx.shutdown);
  return query === null ? undefined : { vectors, query };
}
