import type { Library } from '../search/library.js';
import { retryDigest, settleDigest, startDigest, type RunClock } from './deliverDigest.js';
import type { DeliveryOutcome, DigestJobDeps } from './digestJob.js';
import type { DigestWork } from './planDigestRun.js';

/** Carries out one planned piece of work. */
export function deliverWork(deps: Pick<DigestJobDeps, 'store' | 'poster' | 'render' | 'lease'>, library: Library, work: DigestWork, now: Date, clock: RunClock): Promise<DeliveryOutcome> {
  switch (work.kind) {
    case 'new':
      return startDigest(deps, library, work.subscription, work.localDate, now, clock);
    case 'retry':
      return retryDigest(deps, library, work.subscription, work.delivery, now, clock);
    case 'settle':
      return settleDigest(deps, work.delivery, work.reason, now, clock);
  }
}
