import { ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow } from 'discord.js';
import type { Paper } from '../digest/schema.js';
import { LIMITS } from './limits.js';
import { gist, safeClip } from './safeText.js';
import { arxivUrl, huggingFaceUrl } from './links.js';
import { compactCount } from './paperFacts.js';

/**
 * A paper's one-line gist: the source's AI summary (marked as such) when there is one, else the
 * abstract's first sentence.
 */
export function paperGist(paper: Paper): string {
  return paper.tldr === null ? safeClip(gist(paper.abstract, 220), 240) : `AI TL;DR: ${safeClip(gist(paper.tldr, 220), 240)}`;
}

/** "▲ 45 · 💬 3 · [code](<…>) ★ 1.2k" — the live numbers and the code link, for digest entries. */
export function paperStatsLine(paper: Paper): string {
  const parts: string[] = [];
  if (paper.upvotes !== null) parts.push(`▲ ${paper.upvotes}`);
  if (paper.comments !== null && paper.comments > 0) parts.push(`💬 ${paper.comments}`);
  const code = paper.githubRepo ?? paper.codeLinks[0] ?? null;
  if (code !== null) parts.push(`[code](<${code}>)${paper.githubRepo !== null && paper.githubStars !== null ? ` ★ ${compactCount(paper.githubStars)}` : ''}`);
  return parts.join(' · ');
}

/** How a list shows each paper. */
export interface PaperListStyle {
  /** Number of the first entry. */
  startAt?: number;
  /** Digest entries: link the title to the paper's page and add upvotes and the code link. */
  details?: boolean;
}

/** One line-pair per paper: numbered linked title, then a one-line gist and an optional note. */
export function paperListLines(items: readonly { paper: Paper; note?: string }[], style: PaperListStyle = {}): string {
  const startAt = style.startAt ?? 1;
  const perItem = Math.floor(LIMITS.embedDescription / Math.max(1, items.length)) - 8;
  return items
    .map(({ paper, note }, i) => {
      const stats = style.details === true ? paperStatsLine(paper) : '';
      const why = `${stats === '' ? '' : `\n${stats}`}${note === undefined ? '' : `\n-# ${safeClip(note, 120)}`}`;
      const body = paperGist(paper);
      const url = style.details === true ? huggingFaceUrl : arxivUrl;
      // A title-search link grows with the title; shorten the shown title until the entry fits.
      for (const max of [180, 90, 45, 20]) {
        const shown: Paper = paper.title.length <= max ? paper : { ...paper, title: truncateWords(paper.title, max) };
        const link = `**${startAt + i}. [${safeClip(shown.title, max + 1)}](${url(shown)})**`;
        if (`${link}${why}\n${body}`.length <= perItem) return `${link}\n${body}${why}`;
        if (`${link}${why}`.length <= perItem) return `${link}${why}`;
      }
      return `**${startAt + i}. ${safeClip(paper.title, Math.max(10, perItem - 10))}**`;
    })
    .join('\n\n');
}

function truncateWords(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/** A select menu opening any listed paper in full (answered privately with the /paper view). */
export function openPaperMenu(customId: string, papers: readonly Paper[]): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder: 'Open a paper…',
        // Option values must be unique: a paper listed twice is offered once, under its first number.
        options: papers
          .map((p, i) => ({ label: safeClipLabel(`${i + 1}. ${p.title}`), value: p.id }))
          .filter((option, i, all) => all.findIndex((o) => o.value === option.value) === i)
          .slice(0, LIMITS.selectOptions),
      },
    ],
  };
}

function safeClipLabel(text: string): string {
  // Select labels are plain text (no markdown rendering), so only length matters.
  return text.length <= LIMITS.selectLabel ? text : `${text.slice(0, LIMITS.selectLabel - 1)}…`;
}
