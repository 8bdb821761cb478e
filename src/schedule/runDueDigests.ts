import pLimit from 'p-limit';
import { describeError } from '../errors.js';
import { deliverWork } from './deliverWork.js';
import { checkConcurrency, emptySummary, type DigestJobDeps, type DigestRunSummary } from './digestJob.js';
import { planDigestRun, type DigestWork } from './planDigestRun.js';

/**
 * The scheduled job: delivers every due digest, retries pending ones, settles stale ones (see
 * planDigestRun), at most `concurrency` channels at once. One channel's failure never touches
 * another's; only a failure to read the store at all makes the run throw. Call it with any clock value.
 */
export async function runDueDigests(deps: DigestJobDeps, now: Date): Promise<DigestRunSummary> {
  const limit = pLimit(checkConcurrency(deps.concurrency));
  const { store, logger } = deps;
  // A database file deleted under the bot (logged once by the store): a claim would vanish at the next restart.
  if (!store.writable()) return emptySummary();
  const work = planDigestRun(store.listSubscriptions(), (c, d) => store.getDelivery(c, d), store.inFlightDeliveries(), now);
  const summary = emptySummary();
  if (work.length === 0) return summary;
  const library = deps.library();
  const run = (items: DigestWork[]) =>
    Promise.all(
      items.map((item) =>
        limit(async () => {
          const channelId = item.kind === 'settle' ? item.delivery.channelId : item.subscription.channelId;
          try {
            const outcome = await deliverWork(deps, library, item, now);
            if (outcome !== 'skipped') summary[outcome] += 1;
            logger.info('digest: channel done', { channelId, work: item.kind, outcome });
          } catch (error) {
            summary.errors += 1;
            logger.error('digest: channel failed unexpectedly', { channelId, work: item.kind, error: describeError(error) });
          }
        }),
      ),
    );
  // Settle yesterday's leftovers first: papers they turn out to have delivered must not be picked today.
  await run(work.filter((w) => w.kind === 'settle'));
  await run(work.filter((w) => w.kind !== 'settle'));
  logger.info('digest: run done', { at: now.toISOString(), ...summary });
  return summary;
}
