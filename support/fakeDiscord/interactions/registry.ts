import { randomBytes } from 'node:crypto';
import { GatewayDispatchEvents } from 'discord.js';
import type { FakeContext } from '../context.js';
import { nextSnowflake } from '../snowflake.js';
import type { RequestRecord } from '../types.js';
import { buildInteraction, type InteractionKind } from './dispatch.js';
import { InteractionHandle } from './handle.js';
import type { InteractionRecord } from './record.js';

/** Sends INTERACTION_CREATE to the session of the guild's shard and starts tracking the answer. */
export function dispatchInteraction(ctx: FakeContext, kind: InteractionKind): InteractionHandle {
  if (!ctx.gateway.current) throw new Error('fake-discord: no gateway session yet; wait for the bot to log in (fake.waitForBot())');
  const id = nextSnowflake();
  // Real tokens are long opaque strings; base64url keeps them safe in webhook paths.
  const token = randomBytes(48).toString('base64url');
  const { payload, record } = buildInteraction(ctx, kind, id, token);
  // Outside a guild (a DM), Discord uses shard 0; the fake's newest session stands in for it.
  const session = record.guildId === null ? ctx.gateway.current : ctx.gateway.sessionFor(record.guildId);
  if (!session) throw new Error(`fake-discord: no gateway session runs the shard of guild ${record.guildId}`);
  const rec: InteractionRecord = {
    ...record,
    id,
    token,
    dispatchedAt: ctx.now(),
    callbackType: null,
    firstResponseAt: null,
    finalAt: null,
    originalMessageId: null,
    originalAnswered: false,
    followUpIds: [],
    choices: null,
    modal: null,
    requests: [],
    closed: false,
    listeners: new Set(),
  };
  ctx.interactions.set(id, rec);
  ctx.interactionsByToken.set(token, rec);
  ctx.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, session);
  return new InteractionHandle(rec, ctx.messages);
}

/** The interaction a REST path is about (callback id or webhook token), for per-interaction logs. */
export function interactionForPath(ctx: FakeContext, path: string): string | null {
  const callback = /^\/interactions\/(\d+)\//.exec(path);
  if (callback?.[1]) return callback[1];
  const webhook = /^\/webhooks\/\d+\/([^/]+)/.exec(path);
  return webhook?.[1] ? (ctx.interactionsByToken.get(webhook[1])?.id ?? null) : null;
}

export function logInteractionRequest(ctx: FakeContext, entry: RequestRecord): void {
  if (entry.interactionId !== null) ctx.interactions.get(entry.interactionId)?.requests.push(entry);
}

/** Fails every pending wait: the fake is going away. */
export function closeInteractions(ctx: FakeContext): void {
  for (const rec of ctx.interactions.values()) {
    rec.closed = true;
    for (const listener of [...rec.listeners]) listener();
  }
}
