import { FakeDailyPapers, type FakeDailyPapersOptions } from './server.js';

/** Starts a stand-in Hugging Face daily papers API on 127.0.0.1 (free port). Always `await fake.close()` afterwards. */
export async function startFakeDailyPapers(options: FakeDailyPapersOptions = {}): Promise<FakeDailyPapers> {
  return new FakeDailyPapers(options).listen();
}

export { buildFeedCorpus, loadFeedCorpus, type CorpusOptions } from './corpus.js';
export { findItem, isFeedItem } from './entries.js';
export { faultKind, type FaultKind, type FeedFault } from './faults.js';
export type { OptionalMode, SourcePaper } from './item.js';
export { FakeDailyPapers, FEED_PATH, type FakeDailyPapersOptions, type FeedRequest } from './server.js';
export type * from './types.js';
