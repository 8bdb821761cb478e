import { z } from 'zod';
import { isValidTimeZone } from '../text/timeZones.js';
import { topicSchema } from './topic.js';
import type { ClaimInput, Lease, SubscriptionInput } from './subscription.js';

const id = z.string().min(1).max(32);
const instant = z.iso.datetime({ offset: true });
const localDate = z.iso.date();

const subscriptionInput = z.object({
  channelId: id,
  guildId: id,
  topics: z.array(topicSchema),
  time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (00:00–23:59)'),
  timezone: z.string().refine(isValidTimeZone, 'is not an IANA time zone'),
  count: z.number().int().min(1).max(10),
  createdBy: id,
  at: instant,
});

const claimInput = z.object({
  channelId: id,
  guildId: id,
  localDate,
  nonce: z.string().min(1).max(25),
  papers: z.array(z.object({ paperId: z.string().min(1), topic: z.string().nullable() })),
  at: instant,
});

function check<T>(schema: z.ZodType<T>, value: T, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`store: invalid ${what}: ${issue?.path.join('.') ?? '?'} ${issue?.message ?? 'is invalid'}`);
}

/** The store's last line of defence: handlers validate first, so this only trips on a bug. */
export function checkSubscriptionInput(input: SubscriptionInput): SubscriptionInput {
  return check(subscriptionInput, input, `subscription for channel ${input.channelId}`);
}

/** Validates a claim before it is written. */
export function checkClaimInput(input: ClaimInput): ClaimInput {
  return check(claimInput, input, `delivery claim for channel ${input.channelId}`);
}

/** Validates a caller-supplied timestamp. */
export function checkInstant(at: string, what: string): string {
  return check(instant, at, what);
}

const lease = z.object({ owner: z.string().min(1).max(200), at: instant, until: instant });

/**
 * Validates a lease and writes its times as UTC ISO strings ('…Z', milliseconds), so that stores
 * compare them as text in time order.
 */
export function checkLease(input: Lease): Lease {
  const l = check(lease, input, 'delivery lease');
  return { owner: l.owner, at: new Date(l.at).toISOString(), until: new Date(l.until).toISOString() };
}
