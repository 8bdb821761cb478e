import type { Paper } from '../digest/schema.js';
import { paperById, type Library } from '../search/library.js';
import type { Subscription } from '../subscriptions/subscription.js';
import type { Topic } from '../subscriptions/topic.js';
import type { DigestPick } from '../trending/digestPick.js';
import { papersAbout } from '../search/papersAbout.js';
import { latestAppearance, rankTrending } from '../trending/rankTrending.js';

/** Papers listed within this many days count as fresh: a digest offers them before older ones. */
export const FRESH_DAYS = 3;


/**
 * Selection rule: candidates are the papers about any of the subscription's topics (papersAbout:
 * real relevance, not a shared word), or every paper for a general subscription; papers already
 * delivered to the channel are dropped (and withdrawn ones); the rest are ordered fresh first
 * (listed within FRESH_DAYS), then by trending score at `now`, best first (ties: newer
 * publication, then title), and the first `count` are taken. Each notes the first of the
 * subscription's topics it matched.
 */
export function selectDigestPapers(
  library: Library,
  subscription: Pick<Subscription, 'topics' | 'count'>,
  delivered: ReadonlySet<string>,
  now: Date,
): DigestPick[] {
  const topicOf = topicsByPaper(library, subscription.topics);
  let candidates: Paper[];
  if (topicOf === null) {
    // General trending: walk the library's trending order (scored when it was built) and re-rank a
    // generous window at `now`, instead of scoring every paper for every channel.
    const window = subscription.count * 4 + 50;
    candidates = [];
    for (let i = 0; i < library.popularOrder.length && candidates.length < window; i += 1) {
      const paper = library.papers[library.popularOrder[i] ?? 0];
      if (paper !== undefined && !delivered.has(paper.id)) candidates.push(paper);
    }
  } else {
    candidates = [...topicOf.keys()].filter((id) => !delivered.has(id)).flatMap((id) => {
      const paper = paperById(library, id);
      return paper === undefined ? [] : [paper];
    });
  }
  return freshFirst(rankTrending(candidates, now), now)
    .slice(0, subscription.count)
    .map((paper) => ({ paper, topic: topicOf?.get(paper.id) ?? null }));
}

/** Stable partition: papers listed in the last FRESH_DAYS first, each part keeping its order. */
function freshFirst(ranked: readonly Paper[], now: Date): Paper[] {
  const since = new Date(now.getTime() - FRESH_DAYS * 86_400_000).toISOString().slice(0, 10);
  const fresh: Paper[] = [];
  const older: Paper[] = [];
  for (const paper of ranked) ((latestAppearance(paper, now) ?? '') >= since ? fresh : older).push(paper);
  return [...fresh, ...older];
}

/** How many papers could still go to a channel (not yet delivered there), without ranking them. */
export function countDigestCandidates(library: Library, topics: readonly Topic[], delivered: ReadonlySet<string>): number {
  const topicOf = topicsByPaper(library, topics);
  if (topicOf === null) return library.papers.filter((p) => p.withdrawnAt === null && !delivered.has(p.id)).length;
  return [...topicOf.keys()].filter((id) => !delivered.has(id)).length;
}

// Papers about each topic, per library (immutable, so safe to memoize): a fan-out to many
// channels following the same topic searches it once.
const aboutCache = new WeakMap<Library, Map<string, readonly string[]>>();

function about(library: Library, topic: Topic): readonly string[] {
  let cache = aboutCache.get(library);
  if (cache === undefined) {
    cache = new Map();
    aboutCache.set(library, cache);
  }
  let ids = cache.get(topic.text);
  if (ids === undefined) {
    ids = papersAbout(library, topic);
    if (cache.size > 1000) cache.clear();
    cache.set(topic.text, ids);
  }
  return ids;
}

/** Paper id → the first topic it matched, or null for a general (topic-less) subscription. */
function topicsByPaper(library: Library, topics: readonly Topic[]): Map<string, string> | null {
  if (topics.length === 0) return null;
  const topicOf = new Map<string, string>();
  for (const topic of topics) for (const id of about(library, topic)) if (!topicOf.has(id)) topicOf.set(id, topic.text);
  return topicOf;
}
