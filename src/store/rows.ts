import { z } from 'zod';
import type { Delivery, Subscription } from '../subscriptions/subscription.js';
import { topicSchema } from '../subscriptions/topic.js';


const pickSchema = z.object({ paperId: z.string().min(1), topic: z.string().nullable() });

function json<T extends z.ZodType>(schema: T) {
  return z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not JSON' });
      return z.NEVER;
    }
  }).pipe(schema);
}

const subscriptionRow = z.object({
  channel_id: z.string(),
  guild_id: z.string(),
  topics: json(z.array(topicSchema)),
  time: z.string(),
  timezone: z.string(),
  count: z.number().int(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  paused_reason: z.string().nullable(),
  paused_at: z.string().nullable(),
});

const deliveryRow = z.object({
  channel_id: z.string(),
  guild_id: z.string(),
  local_date: z.string(),
  status: z.enum(['pending', 'delivered', 'nothing_new', 'failed']),
  nonce: z.string().nullable(),
  papers: json(z.array(pickSchema)),
  message_id: z.string().nullable(),
  attempts: z.number().int(),
  next_attempt_at: z.string().nullable(),
  error: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

function parseRow<T extends z.ZodType>(schema: T, row: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`store: corrupt ${what} row (${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

/** A subscriptions row as the domain object. */
export function toSubscription(row: unknown): Subscription {
  const r = parseRow(subscriptionRow, row, 'subscription');
  return {
    channelId: r.channel_id,
    guildId: r.guild_id,
    topics: r.topics,
    time: r.time,
    timezone: r.timezone,
    count: r.count,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    pausedReason: r.paused_reason,
    pausedAt: r.paused_at,
  };
}

/** A deliveries row as the domain object. */
export function toDelivery(row: unknown): Delivery {
  const r = parseRow(deliveryRow, row, 'delivery');
  return {
    channelId: r.channel_id,
    guildId: r.guild_id,
    localDate: r.local_date,
    status: r.status,
    nonce: r.nonce,
    papers: r.papers,
    messageId: r.message_id,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    error: r.error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
