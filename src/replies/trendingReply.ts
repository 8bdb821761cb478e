import type { DigestPick } from '../trending/digestPick.js';
import { makePickId } from './customIds.js';
import type { Reply } from './message.js';
import { safeClip } from './safeText.js';
import { COLORS } from './colors.js';
import { openPaperMenu, paperListLines } from './paperList.js';

/** /trending: the current trending list (as the daily digest ranks it), with a menu to open a paper. */
export function trendingReply(picks: readonly DigestPick[], topic: string | null): Reply {
  if (picks.length === 0) {
    return { content: `Nothing trending${topic === null ? '' : ` on “${safeClip(topic, 80)}”`} in the current digests. Try /search for older papers.`, ephemeral: true };
  }
  return {
    embeds: [
      {
        title: `Trending now${topic === null ? '' : ` on ${safeClip(topic, 200)}`}`,
        description: paperListLines(picks.map(({ paper }) => ({ paper }))),
        color: COLORS.digest,
        footer: { text: 'Ranked by recency, upvotes and how many digests listed each paper' },
      },
    ],
    components: [openPaperMenu(makePickId('trending'), picks.map((p) => p.paper))],
  };
}
