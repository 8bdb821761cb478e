import type { FeedEntry, FeedItem } from './types.js';

/** The well-formed item with this paper id on `day` in a corpus's (or fake's) lists, if any. */
export function findItem(days: ReadonlyMap<string, readonly FeedEntry[]>, day: string, paperId: string): FeedItem | undefined {
  return days.get(day)?.find((e): e is FeedItem => isFeedItem(e) && e.paper.id === paperId);
}

/** True for entries shaped like a real item (the deliberately broken ones are not). */
export function isFeedItem(entry: FeedEntry): entry is FeedItem {
  const paper = entry['paper'];
  return typeof paper === 'object' && paper !== null && !Array.isArray(paper) && typeof paper['id'] === 'string' && typeof paper['title'] === 'string';
}
