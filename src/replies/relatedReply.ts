import type { Paper } from '../digest/schema.js';
import { makePickId } from './customIds.js';
import type { Reply } from './message.js';
import { safeClip } from './safeText.js';
import { COLORS } from './colors.js';
import { openPaperMenu, paperListLines } from './paperList.js';

/** Papers like a given one, answered privately to whoever pressed "Related papers". */
export function relatedReply(paper: Paper, related: readonly Paper[]): Reply {
  if (related.length === 0) return { content: `I have no papers close to “${safeClip(paper.title, 150)}” yet.`, ephemeral: true };
  return {
    embeds: [
      {
        title: `Related to “${safeClip(paper.title, 200)}”`,
        description: paperListLines(related.map((p) => ({ paper: p }))),
        color: COLORS.search,
      },
    ],
    components: [openPaperMenu(makePickId('related'), related)],
    ephemeral: true,
  };
}
