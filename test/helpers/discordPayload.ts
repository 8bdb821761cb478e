import { InteractionResponseType, InteractionType } from 'discord.js';
import type { APIModalInteractionResponseCallbackData } from 'discord.js';
import { toPayload, type Reply } from '../../src/replies/message.js';
import { checkCallback } from '../../support/fakeDiscord/validate/callback.js';
import { checkMessageBody } from '../../support/fakeDiscord/validate/message.js';
import { sharedOpenApiValidator } from '../../support/fakeDiscord/validate/openapi.js';

/** The REST body discord.js sends for a reply (snake_case), as a JSON round trip. */
export function restBody(reply: Reply): Record<string, unknown> {
  const { allowedMentions, ...rest } = toPayload(reply);
  return JSON.parse(JSON.stringify({ ...rest, allowed_mentions: { parse: allowedMentions.parse, replied_user: allowedMentions.repliedUser } })) as Record<string, unknown>;
}

/**
 * Why Discord would refuse a reply, sent as a channel message or as an interaction's answer:
 * its OpenAPI description and the stand-in's own limit checks. Empty when it would be accepted.
 */
export function discordRefusals(reply: Reply): string[] {
  const body = restBody(reply);
  const spec = sharedOpenApiValidator();
  const out: string[] = [];
  const channel = spec.check('POST', '/channels/1/messages', body);
  if (!channel.ok) out.push(`channel message: ${JSON.stringify(channel.body.errors)}`);
  const callback = spec.check('POST', '/interactions/1/t/callback', { type: InteractionResponseType.ChannelMessageWithSource, data: body });
  if (!callback.ok) out.push(`interaction callback: ${JSON.stringify(callback.body.errors)}`);
  const limits = checkMessageBody(body, { creating: true, fileCount: 0 });
  if (!limits.ok) out.push(`limits: ${JSON.stringify(limits.body)}`);
  return out;
}

/** Why Discord would refuse a modal as the answer to a button. */
export function modalRefusals(modal: APIModalInteractionResponseCallbackData): string[] {
  const body = JSON.parse(JSON.stringify({ type: InteractionResponseType.Modal, data: modal })) as Record<string, unknown>;
  const out: string[] = [];
  const spec = sharedOpenApiValidator().check('POST', '/interactions/1/t/callback', body);
  if (!spec.ok) out.push(`schema: ${JSON.stringify(spec.body.errors)}`);
  const limits = checkCallback(body, InteractionType.MessageComponent, true, 0);
  if (!limits.ok) out.push(`limits: ${JSON.stringify(limits.body)}`);
  return out;
}
