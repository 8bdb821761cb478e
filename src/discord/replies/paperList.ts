import { ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow } from 'discord.js';
import type { Paper } from '../../digest/schema.js';
import { LIMITS } from '../limits.js';
import { gist, safeClip } from '../safeText.js';
import { arxivUrl } from './links.js';

/** One line-pair per paper: numbered linked title, then a one-line gist and an optional note. */
export function paperListLines(items: readonly { paper: Paper; note?: string }[], startAt = 1): string {
  const perItem = Math.floor(LIMITS.embedDescription / Math.max(1, items.length)) - 8;
  return items
    .map(({ paper, note }, i) => {
      const title = safeClip(paper.title, 180);
      const link = `**${startAt + i}. [${title}](${arxivUrl(paper)})**`;
      const body = safeClip(gist(paper.abstract, 220), 240);
      const why = note === undefined ? '' : `\n-# ${safeClip(note, 120)}`;
      const entry = `${link}\n${body}${why}`;
      return entry.length <= perItem ? entry : `${link}${why}`;
    })
    .join('\n\n');
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
        options: papers.slice(0, LIMITS.selectOptions).map((p, i) => ({
          label: safeClipLabel(`${i + 1}. ${p.title}`),
          value: p.id,
        })),
      },
    ],
  };
}

function safeClipLabel(text: string): string {
  // Select labels are plain text (no markdown rendering), so only length matters.
  return text.length <= LIMITS.selectLabel ? text : `${text.slice(0, LIMITS.selectLabel - 1)}…`;
}
