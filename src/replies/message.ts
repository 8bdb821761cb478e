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
  // Discord refuses an empty footer text or author name: leave the part out instead.
  if (out.footer !== undefined) {
    if (out.footer.text.length === 0) delete out.footer;
    else out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  }
  if (out.author !== undefined) {
    if (out.author.name.length === 0) delete out.author;
    else out.author = { ...out.author, name: clip(out.author.name, LIMITS.author) };
  }
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
  // Greedy within the 6,000 total: each embed takes what it needs in reading order (title,
  // description, fields, footer, author) from what is left; an embed with no room left is dropped.
  let budget = LIMITS.embedTotal;
  const take = (text: string): string | null => {
    if (budget <= 1) return null;
    const out = clip(text, Math.min(text.length, budget));
    budget -= out.length;
    return out;
  };
  const out: APIEmbed[] = [];
  for (const original of embeds) {
    if (budget <= 1) break;
    const embed = fitEmbed(original);
    const fitted: APIEmbed = { ...embed };
    delete fitted.title;
    delete fitted.description;
    delete fitted.fields;
    delete fitted.footer;
    delete fitted.author;
    if (embed.title !== undefined) {
      const title = take(embed.title);
      if (title !== null) fitted.title = title;
    }
    if (embed.description !== undefined) {
      const description = take(embed.description);
      if (description !== null) fitted.description = description;
    }
    for (const field of embed.fields ?? []) {
      if (budget < field.name.length + 2) break;
      const name = take(field.name) ?? '';
      const value = take(field.value);
      if (value === null) break;
      (fitted.fields ??= []).push({ ...field, name, value });
    }
    if (embed.footer !== undefined) {
      const text = take(embed.footer.text);
      if (text !== null) fitted.footer = { ...embed.footer, text };
    }
    if (embed.author !== undefined) {
      const name = take(embed.author.name);
      if (name !== null) fitted.author = { ...embed.author, name };
    }
    out.push(fitted);
  }
  return out;
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
