import { describeError } from '../errors.js';
import { paperById, type Library } from '../search/library.js';
import type { Lease } from '../store/store.js';
import type { Delivery, Subscription } from '../subscriptions/subscription.js';
import { deliveryMarker, deliveryNonce } from './deliveryIdentity.js';
import type { DeliveryOutcome, DigestJobDeps, PostResult } from './digestJob.js';
import { recordPostResult } from './recordPostResult.js';
import type { DigestPick } from '../trending/digestPick.js';
import { selectDigestPapers } from './selectDigestPapers.js';

type Deps = Pick<DigestJobDeps, 'store' | 'poster' | 'render' | 'lease'>;

/** The run's clock: `now` moving on in real time, so a lease taken late in a long run still lasts its length. */
export type RunClock = () => Date;

const nonceOf = (d: Delivery): string => d.nonce ?? deliveryNonce(d.channelId, d.localDate);

function leaseAt(deps: Deps, clock: RunClock): Lease {
  const at = clock();
  return { owner: deps.lease.owner, at: at.toISOString(), until: new Date(at.getTime() + deps.lease.ms).toISOString() };
}

/** Takes (or renews) the delivery's lease; false when another process holds it or it is no longer pending. */
async function hold(deps: Deps, delivery: Delivery, clock: RunClock): Promise<boolean> {
  return (await deps.store.takeLease(delivery.channelId, delivery.localDate, leaseAt(deps, clock))) !== null;
}

async function post(deps: Deps, subscription: Subscription, delivery: Delivery, picks: DigestPick[], now: Date, clock: RunClock): Promise<DeliveryOutcome> {
  // Renewed right before posting: a process that lost its lease (it stalled past it) stands back.
  if (!(await hold(deps, delivery, clock))) return 'skipped';
  const nonce = nonceOf(delivery);
  const reply = deps.render({ papers: picks, subscription, localDate: delivery.localDate, marker: deliveryMarker(nonce) });
  let result: PostResult;
  try {
    result = await deps.poster.post(delivery.channelId, reply, nonce);
  } catch (error) {
    // Unknown whether it went out: retry, and the retry looks for the message first.
    result = { ok: false, kind: 'retry', error: describeError(error) };
  }
  return recordPostResult(deps.store, delivery, result, now);
}

/** Asks the poster whether the delivery's message exists: its id, null, or a failure to record. */
async function lookUp(deps: Deps, delivery: Delivery): Promise<{ messageId: string | null } | PostResult> {
  try {
    return { messageId: await deps.poster.findPosted(delivery.channelId, deliveryMarker(nonceOf(delivery))) };
  } catch (error) {
    return { ok: false, kind: 'retry', error: `could not check for an earlier post: ${describeError(error)}` };
  }
}

/** Today's digest for a due subscription: select, record the claim with this process's lease (committed), then post. */
export async function startDigest(deps: Deps, library: Library, subscription: Subscription, localDate: string, now: Date, clock: RunClock): Promise<DeliveryOutcome> {
  const { channelId, guildId } = subscription;
  const at = now.toISOString();
  const picks = selectDigestPapers(library, subscription, await deps.store.deliveredPaperIds(channelId), now);
  if (picks.length === 0) return (await deps.store.markNothingNew({ channelId, guildId, localDate, at })) === null ? 'skipped' : 'nothingNew';
  const papers = picks.map((p) => ({ paperId: p.paper.id, topic: p.topic }));
  const claimed = await deps.store.claimDelivery({ channelId, guildId, localDate, nonce: deliveryNonce(channelId, localDate), papers, at }, leaseAt(deps, clock));
  if (claimed === null) return 'skipped';
  return post(deps, subscription, claimed, picks, now, clock);
}

/**
 * Re-posts a pending delivery's own selection, unless its message turns out to exist already.
 * Only with its lease: while another process holds it (it is posting it now) this one skips.
 */
export async function retryDigest(deps: Deps, library: Library, subscription: Subscription, delivery: Delivery, now: Date, clock: RunClock): Promise<DeliveryOutcome> {
  if (!(await hold(deps, delivery, clock))) return 'skipped';
  const found = await lookUp(deps, delivery);
  if ('ok' in found) return recordPostResult(deps.store, delivery, found, now);
  if (found.messageId !== null) return recordPostResult(deps.store, delivery, { ok: true, messageId: found.messageId }, now);
  const picks = delivery.papers.flatMap((pick): DigestPick[] => {
    const paper = paperById(library, pick.paperId);
    return paper === undefined ? [] : [{ paper, topic: pick.topic }];
  });
  if (picks.length === 0) {
    await deps.store.markFailed(delivery.channelId, delivery.localDate, 'its papers are no longer in the library', now.toISOString());
    return 'failed';
  }
  return post(deps, subscription, delivery, picks, now, clock);
}

/** Closes a pending delivery that may no longer be posted (with its lease): delivered if its message exists, else failed. */
export async function settleDigest(deps: Deps, delivery: Delivery, reason: string, now: Date, clock: RunClock): Promise<DeliveryOutcome> {
  if (!(await hold(deps, delivery, clock))) return 'skipped';
  const found = await lookUp(deps, delivery);
  if ('ok' in found) return recordPostResult(deps.store, delivery, found, now);
  if (found.messageId !== null) return recordPostResult(deps.store, delivery, { ok: true, messageId: found.messageId }, now);
  await deps.store.markFailed(delivery.channelId, delivery.localDate, `not posted: ${reason}`, now.toISOString());
  return 'failed';
}
