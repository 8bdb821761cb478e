import pLimit from 'p-limit';
import { describeError } from '../errors.js';
import { deliverWork } from './deliverWork.js';
import { checkConcurrency, emptySummary, type DigestJobDeps, type DigestRunSummary } from './digestJob.js';
import { planDigestRun, type DigestWork } from './planDigestRun.js';
import { deliveryKey } from '../store/store.js';
import { digestDay, isDue } from './dueRule.js';

/**
 * The scheduled job (any number of processes may run it on one store: claims and leases decide
 * who posts): delivers every due digest, retries pending ones, settles stale ones (see
 * planDigestRun), at most `concurrency` channels at once. One channel's failure never touches
 * another's; only a failure to read the store at all makes the run throw. Call it with any clock value.
 */
export async function runDueDigests(deps: DigestJobDeps, now: Date): Promise<DigestRunSummary> {
  const limit = pLimit(checkConcurrency(deps.concurrency));
  const { store, logger } = deps;
  // A database file deleted under the bot (logged once by the store): a claim would vanish at the next restart.
  if (!store.writable()) return emptySummary();
  const subscriptions = await store.listSubscriptions();
  // Only the subscriptions that would be due if today had no row yet need today's row looked up.
  const maybeDue = subscriptions.filter((s) => isDue(s, now, null)).map((s) => ({ channelId: s.channelId, localDate: digestDay(s, now) }));
  const today = await store.deliveriesOn(maybeDue);
  const work = planDigestRun(subscriptions, (c, d) => today.get(deliveryKey(c, d)) ?? null, await store.inFlightDeliveries(), now);
  const summary = emptySummary();
  if (work.length === 0) return summary;
  const library = deps.library();
  const started = performance.now();
  const clock = (): Date => new Date(now.getTime() + (performance.now() - started));
  const run = (items: DigestWork[]) =>
    Promise.all(
      items.map((item) =>
        limit(async () => {
          const channelId = item.kind === 'settle' ? item.delivery.channelId : item.subscription.channelId;
          try {
            const outcome = await deliverWork(deps, library, item, now, clock);
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
