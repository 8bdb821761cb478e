import type { Subscription } from './subscription.js';
import { parseTopic, type Topic } from './topic.js';

/** What removing a topic would do: nothing (and why), or the topics left. */
export type TopicRemoval = { status: 'no_such_topic' | 'last_topic' } | { status: 'removed'; rest: Topic[] };

/**
 * Picks the topic to remove, matched case-insensitively by its normalized text or, failing that,
 * by its words alone when exactly one topic has them ("diffusion" for "diffusion -survey"). The
 * last topic is never removed ('last_topic'), because silently turning a focused digest into
 * general trending would surprise the channel; the caller suggests unsubscribing.
 */
export function chooseTopicRemoval(subscription: Pick<Subscription, 'topics'>, topicText: string): TopicRemoval {
  const typed = parseTopic(topicText);
  const key = typed.text.toLowerCase();
  const byWords = subscription.topics.filter((t) => t.query.toLowerCase() === typed.query.toLowerCase());
  const target = subscription.topics.find((t) => t.text.toLowerCase() === key) ?? (typed.exclude.length === 0 && byWords.length === 1 ? byWords[0] : undefined);
  if (target === undefined) return { status: 'no_such_topic' };
  const rest = subscription.topics.filter((t) => t !== target);
  return rest.length === 0 ? { status: 'last_topic' } : { status: 'removed', rest };
}
