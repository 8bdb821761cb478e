import type { Paper } from '../digest/schema.js';
import type { DigestPick, DigestView } from '../trending/digestPick.js';
import { makePickId } from './customIds.js';
import { LIMITS } from './limits.js';
import type { Reply } from './message.js';
import { safeClip } from './safeText.js';
import { COLORS } from './colors.js';
import { openPaperMenu, paperListLines } from './paperList.js';


/** "Mon 23 Nov" for '2026-11-23'. */
export function digestDateLabel(localDate: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })
    .formatToParts(new Date(`${localDate}T12:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}`;
}

function shortenTitle(paper: Paper, max: number): Paper {
  // Without an arXiv id the link is a title search whose URL grows with the title (up to ~9×).
  if (paper.arxivId !== null || paper.title.length <= max) return paper;
  const cut = paper.title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { ...paper, title: space > max / 2 ? cut.slice(0, space) : cut };
}

function listLines(papers: readonly DigestPick[]): string {
  const items = (max: number) =>
    papers.map(({ paper, topic }) => {
      const shown = shortenTitle(paper, max);
      return topic === null ? { paper: shown } : { paper: shown, note: `topic: ${topic}` };
    });
  let text = paperListLines(items(Number.POSITIVE_INFINITY), { details: true });
  // Long search links could overflow the embed: shorten those titles until the list fits.
  for (let max = 120; text.length > LIMITS.embedDescription && max >= 15; max = Math.floor(max / 2)) text = paperListLines(items(max), { details: true });
  return text;
}

/** The daily digest: one embed listing the papers with the topic each matched, and a menu to open one. */
export function digestReply(view: DigestView): Reply {
  const topics = view.subscription.topics.map((t) => (t.query.length > 0 ? t.query : t.text));
  const about = topics.length === 0 ? '' : ` on ${safeClip(topics.join(', '), 200)}`;
  const count = view.papers.length;
  return {
    embeds: [
      {
        title: `Trending papers${about} · ${digestDateLabel(view.localDate)}`,
        description: count === 0 ? 'Nothing new today.' : listLines(view.papers),
        color: COLORS.digest,
        footer: { text: `${count} paper${count === 1 ? '' : 's'} · daily at ${view.subscription.time} ${view.subscription.timezone} · ${view.marker}` },
      },
    ],
    components: count === 0 ? [] : [openPaperMenu(makePickId('digest'), view.papers.map((p) => p.paper))],
  };
}
