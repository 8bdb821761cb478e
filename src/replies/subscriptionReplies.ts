import type { Delivery, Subscription } from '../subscriptions/subscription.js';
import type { Reply } from './message.js';
import { inlineCode } from './markdown.js';
import { clip, safeClip } from './safeText.js';
import { COLORS } from './colors.js';

/** A Discord timestamp that each reader sees in their own time zone. */
export function discordTime(at: Date, style: 'F' | 'R' | 'f' = 'F'): string {
  return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}

/** The topics as shown to people: backticked, or "general trending". */
export function topicList(subscription: Pick<Subscription, 'topics'>): string {
  if (subscription.topics.length === 0) return 'general trending';
  // Code spans show text verbatim: escaping inside one would show the backslashes.
  return subscription.topics.map((t) => inlineCode(clip(t.text, 60))).join(', ');
}

export interface SubscribeConfirmation {
  subscription: Subscription;
  updated: boolean;
  firstDelivery: Date;
  matching: number;
}

/** /subscribe: what was saved, when the first digest comes, how many current papers match. */
export function subscribeReply(c: SubscribeConfirmation): Reply {
  const s = c.subscription;
  return {
    content: [
      `${c.updated ? 'Updated' : 'Subscribed'}: <#${s.channelId}> gets **${s.count}** paper${s.count === 1 ? '' : 's'} daily at **${s.time} ${s.timezone}** on ${topicList(s)}.`,
      `Next digest: ${discordTime(c.firstDelivery)} (${discordTime(c.firstDelivery, 'R')}).`,
      c.matching === 0
        ? 'No paper in the current digests matches yet; digests start when matching papers arrive (a day without news posts nothing).'
        : `${c.matching} paper${c.matching === 1 ? '' : 's'} in the current digests match; each digest brings the best-ranked ones not yet posted here.`,
    ].join('\n'),
    ephemeral: true,
  };
}

/** How the last delivery went, in words. */
export function outcomeText(delivery: Delivery | null): string {
  if (delivery === null) return 'none yet';
  switch (delivery.status) {
    case 'delivered':
      return `${delivery.localDate}: delivered ${delivery.papers.length} paper${delivery.papers.length === 1 ? '' : 's'}`;
    case 'nothing_new':
      return `${delivery.localDate}: nothing new`;
    case 'pending':
      return `${delivery.localDate}: being delivered (attempt ${delivery.attempts + 1})`;
    case 'failed':
      return `${delivery.localDate}: failed (${safeClip(delivery.error ?? 'unknown error', 120)})`;
  }
}

export interface SubscriptionRow {
  subscription: Subscription;
  last: Delivery | null;
  next: Date;
}

/** /subscriptions: one field per channel (up to 25), with topics, schedule, next and last delivery. */
export function subscriptionsReply(rows: readonly SubscriptionRow[]): Reply {
  if (rows.length === 0) return { content: 'No channel in this server has a digest yet. A moderator can start one with `/subscribe`.', ephemeral: true };
  const shown = rows.slice(0, 25);
  return {
    embeds: [
      {
        title: `Digests in this server (${rows.length})`,
        color: COLORS.digest,
        fields: shown.map(({ subscription: s, last, next }) => ({
          name: safeClip(s.topics.length === 0 ? 'General trending' : s.topics.map((t) => t.text).join(', '), 200),
          value: [
            `<#${s.channelId}> · ${s.count} paper${s.count === 1 ? '' : 's'} daily at ${s.time} ${s.timezone}`,
            s.pausedReason !== null ? `⏸ Paused: ${safeClip(s.pausedReason, 200)} — run /subscribe again to resume` : `Next: ${discordTime(next)} (${discordTime(next, 'R')})`,
            `Last: ${outcomeText(last)}`,
          ].join('\n'),
        })),
        ...(rows.length > shown.length ? { footer: { text: `…and ${rows.length - shown.length} more` } } : {}),
      },
    ],
    ephemeral: true,
  };
}
