import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import type { Paper } from '../digest/schema.js';
import { makePaperActionId, makePickId } from './customIds.js';
import { LIMITS } from './limits.js';
import type { Reply } from './message.js';
import { clip, safeClip, safeText } from './safeText.js';
import { COLORS } from './colors.js';
import { arxivUrl, huggingFaceUrl } from './links.js';
import { openPaperMenu } from './paperList.js';
import { authorLine, compactCount, provenanceLine } from './paperFacts.js';

export interface PaperReplyOptions {
  /** Offer the "Ask about this paper" button (when /ask is available). */
  askButton: boolean;
  ephemeral?: boolean;
  /** The paper was the closest fuzzy match for this query: say so, and offer the alternatives. */
  closestTo?: { query: string; alternatives: readonly Paper[] };
  /** The clock's now (resolves listing dates printed without a year). */
  now?: Date;
}

/** Markdown links to the paper's code: its GitHub repository (with stars) first, then links the abstract gives. */
function codeLines(paper: Paper): string[] {
  const lines: string[] = [];
  if (paper.githubRepo !== null) lines.push(`<${paper.githubRepo}>${paper.githubStars === null ? '' : ` · ★ ${compactCount(paper.githubStars)}`}`);
  for (const link of paper.codeLinks) if (link !== paper.githubRepo && lines.length < 5) lines.push(`<${link}>`);
  return lines;
}

/** The source's AI summary, marked as such, above the abstract; or the abstract alone. */
function describe(paper: Paper): string {
  const withdrawn = paper.withdrawnAt === null ? '' : `**Withdrawn** by its authors (${paper.withdrawnAt.slice(0, 10)}).\n\n`;
  const tldr = paper.tldr === null ? '' : `**TL;DR** ${safeClip(paper.tldr, 600)}\n-# AI summary by Hugging Face Daily Papers\n\n`;
  return clip(`${withdrawn}${tldr}${safeText(paper.abstract)}`, LIMITS.embedDescription);
}

/** The full view of one paper: TL;DR, abstract, authors, where it was listed, code and reading links. */
export function paperEmbed(paper: Paper, now: Date = new Date()): APIEmbed {
  const fields: NonNullable<APIEmbed['fields']> = [];
  const authors = authorLine(paper);
  if (authors !== null) fields.push({ name: 'Authors', value: safeClip(authors, LIMITS.fieldValue), inline: false });
  if (paper.organization !== null) fields.push({ name: 'Organization', value: safeClip(paper.organization, 100), inline: true });
  if (paper.publishedAt !== null) fields.push({ name: 'Published', value: paper.publishedAt, inline: true });
  if (paper.aliases.length > 0) fields.push({ name: 'Also known as', value: safeClip(paper.aliases.join(', '), LIMITS.fieldValue), inline: false });
  if (paper.keywords.length > 0) fields.push({ name: 'Keywords (AI)', value: safeClip(paper.keywords.join(', '), 300), inline: false });
  const code = codeLines(paper);
  if (code.length > 0) fields.push({ name: 'Code', value: code.join('\n').slice(0, LIMITS.fieldValue), inline: false });
  const links = [`[arXiv](${arxivUrl(paper)})`, `[Hugging Face](${huggingFaceUrl(paper)})`];
  if (paper.projectPage !== null) links.push(`[Project page](<${paper.projectPage}>)`);
  fields.push({ name: 'Read it', value: links.join(' · '), inline: false });
  return {
    title: safeClip(paper.title, LIMITS.embedTitle),
    url: arxivUrl(paper),
    description: describe(paper),
    color: COLORS.paper,
    fields,
    footer: { text: clip(`${provenanceLine(paper, now)} · id: ${paper.id}`, LIMITS.footer) },
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
    embeds: [paperEmbed(paper, options.now)],
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
