import { UserError } from '../errors.js';
import type { Library } from '../search/library.js';
import { queryTerms } from '../search/queryTerms.js';
import { searchPapers, type Meaning } from '../search/searchPapers.js';
import { MAX_ID_TOPIC } from './customIds.js';
import type { Reply } from './message.js';
import { PAGE_SIZE, searchReply } from './searchReply.js';
import { safeClip } from './safeText.js';

/**
 * The topic as searched: its meaningful words, cut to what a page button can carry, so page 1 and
 * page 3 (even after a restart) rank exactly the same query.
 */
export function canonicalTopic(topic: string): string {
  let out = '';
  for (const word of queryTerms(topic).words) {
    const next = out.length === 0 ? word : `${out} ${word}`;
    if (next.length > MAX_ID_TOPIC) break;
    out = next;
  }
  return out;
}

/** Builds one /search page, or explains why there is nothing to show. */
export function searchPage(library: Library, topic: string, page: number, limit: number, meaning?: Meaning): Reply {
  const canonical = canonicalTopic(topic);
  if (canonical.length === 0) {
    throw new UserError(`“${safeClip(topic, 100)}” has no words I can search for. Try a topic such as \`linear attention\` or \`kv cache\`.`);
  }
  const all = searchPapers(library, canonical, { limit, offset: 0, ...(meaning === undefined ? {} : { meaning }) });
  const total = Math.min(all.total, limit);
  if (total === 0) {
    return { content: `No papers about “${safeClip(canonical, 100)}” in the current digests. Try fewer or broader words, or /paper for a title.`, ephemeral: true };
  }
  const pages = Math.ceil(total / PAGE_SIZE);
  const current = Math.min(Math.max(0, page), pages - 1);
  const hits = all.hits.slice(current * PAGE_SIZE, Math.min(total, (current + 1) * PAGE_SIZE));
  const { words, terms } = queryTerms(canonical);
  const unmatched = (all.hits[0]?.coverage ?? 1) < 1 ? words.filter((_, i) => !library.text.has(terms[i] ?? '')) : [];
  return searchReply({ topic: canonical, page: current, limit, total, hits, unmatched, alsoSearched: all.alsoSearched });
}
