import { InteractionResponseType as R, type APIApplicationCommandOptionChoice, type APIModalInteractionResponseCallbackData, type InteractionType } from 'discord.js';
import type { RequestRecord } from '../types.js';

/** Everything the fake knows about one dispatched interaction. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  /** For error messages: `/digest`, `button:page:2`, … */
  label: string;
  guildId: string | null;
  channelId: string;
  /** The message a component (or a modal opened from one) sits on. */
  componentMessageId: string | null;
  dispatchedAt: number;
  callbackType: R | null;
  firstResponseAt: number | null;
  finalAt: number | null;
  /** The message `@original` refers to once acknowledged. */
  originalMessageId: string | null;
  /** Whether @original shows the bot's answer (replied, updated, or edited after a deferral). */
  originalAnswered: boolean;
  followUpIds: string[];
  choices: APIApplicationCommandOptionChoice[] | null;
  modal: APIModalInteractionResponseCallbackData | null;
  requests: RequestRecord[];
  /** Set when the fake shuts down, so pending waits fail instead of lingering. */
  closed: boolean;
  listeners: Set<() => void>;
}

/**
 * Wakes waiters on the next turn of the event loop, after the HTTP layer has recorded the
 * request that caused the change, so results include it with its status.
 */
function notify(rec: InteractionRecord): void {
  setImmediate(() => {
    for (const listener of [...rec.listeners]) listener();
  });
}

function settle(rec: InteractionRecord, now: number): void {
  rec.finalAt ??= now;
  notify(rec);
}

/** A successful callback; types 4/7/8/9 (and 1) are a final answer by themselves. */
export function onCallback(rec: InteractionRecord, type: R, now: number): void {
  rec.callbackType = type;
  rec.firstResponseAt = now;
  if (type === R.DeferredChannelMessageWithSource || type === R.DeferredMessageUpdate) {
    notify(rec);
    return;
  }
  rec.originalAnswered = type === R.ChannelMessageWithSource || type === R.UpdateMessage;
  settle(rec, now);
}

/** An edit of `@original` after a deferral makes the answer visible. */
export function onOriginalEdited(rec: InteractionRecord, now: number): void {
  if (rec.callbackType === null) return;
  rec.originalAnswered = true;
  settle(rec, now);
}

export function onFollowUp(rec: InteractionRecord, messageId: string, now: number): void {
  rec.followUpIds.push(messageId);
  settle(rec, now);
}
