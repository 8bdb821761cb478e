import type { Logger } from '../../src/logger.js';
import { silentLogger } from '../../src/logger.js';
import { digestReply } from '../../src/replies/digestReply.js';
import type { DigestJobDeps } from '../../src/schedule/digestJob.js';
import type { Library } from '../../src/search/library.js';
import type { Store } from '../../src/store/store.js';
import type { Subscription, SubscriptionInput } from '../../src/subscriptions/subscription.js';
import { parseTopic } from '../../src/subscriptions/topic.js';
import type { FakePoster } from '../../support/schedule/fakePoster.js';

/** Subscribes a channel (09:00 Europe/Berlin, general, 3 papers, created 1 Mar 2026 unless overridden). */
export function subscribe(store: Store, channelId: string, over: Partial<Omit<SubscriptionInput, 'topics'>> & { topics?: string[] } = {}): Promise<Subscription> {
  const { topics, ...rest } = over;
  return store.upsertSubscription({
    channelId,
    guildId: '900',
    time: '09:00',
    timezone: 'Europe/Berlin',
    count: 3,
    createdBy: '42',
    at: '2026-03-01T00:00:00.000Z',
    ...rest,
    topics: (topics ?? []).map(parseTopic),
  });
}

/** The job's dependencies around a store, library and fake poster (lease holder `owner`, one minute). */
export function jobDeps(store: Store, library: Library, poster: FakePoster, concurrency = 4, logger: Logger = silentLogger, owner = 'test-process'): DigestJobDeps {
  return { store, lease: { owner, ms: 60_000 }, library: () => library, poster, render: digestReply, logger, concurrency };
}

/** Instants from `start` to `end` (exclusive) every `minutes`. */
export function* every(minutes: number, start: string, end: string): Generator<Date> {
  for (let t = Date.parse(start); t < Date.parse(end); t += minutes * 60_000) yield new Date(t);
}
