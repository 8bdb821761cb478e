import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import type { Paper } from '../../digest/schema.js';
import { makePaperActionId, makePickId } from '../customIds.js';
import { LIMITS } from '../limits.js';
import type { Reply } from '../message.js';
import { clip, safeClip } from '../safeText.js';
import { COLORS } from './colors.js';
import { arxivUrl, huggingFaceUrl } from './links.js';
import { openPaperMenu } from './paperList.js';

export interface PaperReplyOptions {
  /** Offer the "Ask about this paper" button (when /ask is available). */
  askButton: boolean;
  ephemeral?: boolean;
  /** The paper was the closest fuzzy match for this query: say so, and offer the alternatives. */
  closestTo?: { query: string; alternatives: readonly Paper[] };
}

/** The full view of one paper: abstract, metadata, where it appeared, code and reading links. */
export function paperEmbed(paper: Paper): APIEmbed {
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (paper.authorCount !== null) fields.push({ name: 'Authors', value: String(paper.authorCount), inline: true });
  if (paper.publishedAt !== null) fields.push({ name: 'Published', value: paper.publishedAt, inline: true });
  if (paper.upvotes !== null) fields.push({ name: 'Upvotes', value: String(paper.upvotes), inline: true });
  if (paper.aliases.length > 0) fields.push({ name: 'Also known as', value: safeClip(paper.aliases.join(', '), LIMITS.fieldValue), inline: false });
  // Raw names here, escaped once below (escaping each and then the list showed `000\_266`).
  const digests = paper.appearances.map((a) => `${clip(a.digest, 80)}${a.dateLabel === null ? '' : ` (${clip(a.dateLabel, 20)})`}`);
  fields.push({ name: `Seen in ${digests.length === 1 ? 'digest' : `${digests.length} digests`}`, value: safeClip(digests.join(', '), LIMITS.fieldValue), inline: false });
  if (paper.codeLinks.length > 0) {
    fields.push({ name: 'Code', value: paper.codeLinks.map((l) => `<${l}>`).join('\n').slice(0, LIMITS.fieldValue), inline: false });
  }
  fields.push({ name: 'Read it', value: `[arXiv](${arxivUrl(paper)}) · [Hugging Face](${huggingFaceUrl(paper)})`, inline: false });
  return {
    title: safeClip(paper.title, LIMITS.embedTitle),
    url: arxivUrl(paper),
    description: safeClip(paper.abstract, LIMITS.embedDescription),
    color: COLORS.paper,
    fields,
    footer: { text: `id: ${paper.id}` },
  };
}

/** `/paper` reply: the paper plus "Related papers" and (optionally) "Ask about this paper". */
export function paperReply(paper: Paper, options: PaperReplyOptions): Reply {
  const buttons = [
    { type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label: 'Related papers', custom_id: makePaperActionId('related', paper.id) },
  ];
  if (options.askButton) {
    buttons.push({ type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label: 'Ask about this paper', custom_id: makePaperActionId('ask', paper.id) });
  }
  const closest = options.closestTo;
  const alternatives = closest?.alternatives ?? [];
  return {
    ...(closest === undefined ? {} : { content: `Closest match for “${safeClip(closest.query, 100)}”${alternatives.length > 0 ? ' (not it? pick another below)' : ''}:` }),
    embeds: [paperEmbed(paper)],
    components: [
      { type: ComponentType.ActionRow, components: buttons },
      ...(alternatives.length > 0 ? [openPaperMenu(makePickId('lookup'), alternatives)] : []),
    ],
    ...(options.ephemeral === true ? { ephemeral: true } : {}),
  };
}

/** Nothing matched: a short private answer with the closest titles. */
export function notFoundReply(query: string, suggestions: readonly Paper[]): Reply {
  const head = `No paper matches “${safeClip(query, 100)}”.`;
  const tail = suggestions.length > 0
    ? `\nClosest titles:\n${suggestions.slice(0, 5).map((p) => `• ${safeClip(p.title, 150)}`).join('\n')}`
    : '\nTry part of the title, a method name (e.g. FlashAttention), or /search for a topic.';
  return {
    content: `${head}${tail}`,
    ...(suggestions.length > 0 ? { components: [openPaperMenu(makePickId('lookup'), suggestions.slice(0, 5))] } : {}),
    ephemeral: true,
  };
}
