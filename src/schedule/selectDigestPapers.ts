import type { Paper } from '../digest/schema.js';
import type { Library } from '../search/library.js';
import type { Subscription } from '../subscriptions/subscription.js';
import { papersAbout } from '../trending/papersAbout.js';
import { rankTrending } from '../trending/rankTrending.js';

/** A paper chosen for a digest, with the topic (its text) that brought it in; null for general trending. */
export interface DigestPick {
  paper: Paper;
  topic: string | null;
}

/**
 * Selection rule: candidates are the papers about any of the subscription's topics (papersAbout:
 * real relevance, not a shared word), or every paper for a general subscription; papers already
 * delivered to the channel are dropped; the rest are ordered by trending score at `now`, best first
 * (ties: newer publication, then title), and the first `count` are taken. Each notes the first of
 * the subscription's topics it matched.
 */
export function selectDigestPapers(
  library: Library,
  subscription: Pick<Subscription, 'topics' | 'count'>,
  delivered: ReadonlySet<string>,
  now: Date,
): DigestPick[] {
  const topicOf = new Map<string, string | null>();
  if (subscription.topics.length === 0) {
    for (const paper of library.papers) topicOf.set(paper.id, null);
  } else {
    for (const topic of subscription.topics) {
      for (const id of papersAbout(library, topic)) if (!topicOf.has(id)) topicOf.set(id, topic.text);
    }
  }
  const candidates = library.papers.filter((p) => topicOf.has(p.id) && !delivered.has(p.id));
  return rankTrending(candidates, now)
    .slice(0, subscription.count)
    .map((paper) => ({ paper, topic: topicOf.get(paper.id) ?? null }));
}
