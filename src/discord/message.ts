import { MessageFlags, type APIActionRowComponent, type APIComponentInMessageActionRow, type APIEmbed } from 'discord.js';
import { LIMITS } from './limits.js';
import { clip } from './safeText.js';

/** What a reply builder produces: plain data, independent of how it is sent. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  ephemeral?: boolean;
}

/** The payload discord.js sends: limits enforced, mentions disabled. */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: { parse: []; repliedUser: false };
  flags?: MessageFlags.Ephemeral;
}

/**
 * The one place every outgoing message passes: clips content and embeds to Discord's limits
 * (including the 6,000-character total across embeds) and disables all mentions.
 */
export function toPayload(reply: Reply): MessagePayload {
  const embeds = fitEmbeds((reply.embeds ?? []).slice(0, LIMITS.embeds));
  const payload: MessagePayload = {
    embeds,
    components: (reply.components ?? []).slice(0, LIMITS.actionRows),
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (reply.content !== undefined && reply.content.length > 0) payload.content = clip(reply.content, LIMITS.content);
  if (payload.content === undefined && embeds.length === 0) payload.content = '(nothing to show)';
  if (reply.ephemeral === true) payload.flags = MessageFlags.Ephemeral;
  return payload;
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.embedDescription);
  if (out.footer !== undefined) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author !== undefined) out.author = { ...out.author, name: clip(out.author.name, LIMITS.author) };
  if (out.fields !== undefined) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: clip(f.name || '\u200b', LIMITS.fieldName),
      value: clip(f.value || '\u200b', LIMITS.fieldValue),
    }));
  }
  return out;
}

/** Characters Discord counts towards the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.map(fitEmbed);
  let total = fitted.reduce((n, e) => n + embedLength(e), 0);
  // Over the total: shorten descriptions from the last embed backwards, then drop trailing fields.
  for (let i = fitted.length - 1; i >= 0 && total > LIMITS.embedTotal; i -= 1) {
    const embed = fitted[i];
    if (embed === undefined) continue;
    const excess = total - LIMITS.embedTotal;
    if (embed.description !== undefined && embed.description.length > 1) {
      const keep = Math.max(1, embed.description.length - excess);
      total -= embed.description.length - Math.min(keep, embed.description.length);
      embed.description = clip(embed.description, keep);
    }
    while (total > LIMITS.embedTotal && embed.fields !== undefined && embed.fields.length > 0) {
      const dropped = embed.fields.pop();
      total -= (dropped?.name.length ?? 0) + (dropped?.value.length ?? 0);
    }
  }
  return fitted;
}

/** The same payload in the raw REST shape (snake_case), for `POST /channels/:id/messages`. */
export function toMessageBody(reply: Reply): Record<string, unknown> {
  const payload = toPayload(reply);
  return {
    ...(payload.content === undefined ? {} : { content: payload.content }),
    embeds: payload.embeds,
    components: payload.components,
    allowed_mentions: { parse: [] },
  };
}
