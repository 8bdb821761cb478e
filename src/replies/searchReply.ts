import { ButtonStyle, ComponentType } from 'discord.js';
import type { SearchHit } from '../search/searchPapers.js';
import { makePickId, makeSearchPageId } from './customIds.js';
import type { Reply } from './message.js';
import { safeClip } from './safeText.js';
import { COLORS } from './colors.js';
import { openPaperMenu, paperListLines } from './paperList.js';

/** Papers shown per /search page. */
export const PAGE_SIZE = 5;

export interface SearchView {
  topic: string;
  page: number;
  limit: number;
  /** Hits available (already capped at `limit`). */
  total: number;
  hits: readonly SearchHit[];
  /** Topic words no paper holds ("federated" in "federated learning"): the list is only a near miss. */
  unmatched?: readonly string[];
  /** What was searched besides the typed words (acronyms, field terms, related words), shown so a surprising hit explains itself. */
  alsoSearched?: readonly string[];
}

/** Most "also searched" words shown. */
const MAX_ALSO = 8;

/** "also searched: graph neural network, compression" — or nothing when nothing was added. */
export function alsoSearchedLine(also: readonly string[]): string | null {
  if (also.length === 0) return null;
  const shown = also.slice(0, MAX_ALSO).map((w) => safeClip(w, 40));
  return `Also searched: ${shown.join(', ')}${also.length > MAX_ALSO ? ', …' : ''}`;
}

/** Why a hit matched, in a few words. */
export function matchNote(hit: SearchHit): string {
  if (hit.byMeaning === true) return 'close in meaning';
  if (hit.via !== undefined) return `found through ${hit.via}`;
  const where = hit.inTitle ? 'title' : 'abstract';
  if (hit.phrase) return `whole topic in the ${where}`;
  return `matched ${hit.matched.join(', ')} in the ${where}${hit.coverage < 1 ? ' (partial match)' : ''}`;
}

/** One page of /search: numbered linked titles with gists and match notes, paging buttons, an open menu. */
export function searchReply(view: SearchView): Reply {
  const pages = Math.max(1, Math.ceil(view.total / PAGE_SIZE));
  const start = view.page * PAGE_SIZE;
  const button = (label: string, page: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: makeSearchPageId({ page, limit: view.limit, topic: view.topic }),
    disabled,
  });
  const unmatched = view.unmatched ?? [];
  const also = alsoSearchedLine(view.alsoSearched ?? []);
  const footer = `Page ${view.page + 1} of ${pages} · ${view.total} paper${view.total === 1 ? '' : 's'} · pick one below to read it`;
  return {
    ...(unmatched.length > 0
      ? { content: `No paper in my digests mentions ${unmatched.map((w) => `“${safeClip(w, 40)}”`).join(', ')}; these match the rest of the topic.` }
      : {}),
    embeds: [
      {
        title: `Papers about “${safeClip(view.topic, 200)}”`,
        description: paperListLines(view.hits.map((hit) => ({ paper: hit.paper, note: matchNote(hit) })), { startAt: start + 1 }),
        color: COLORS.search,
        footer: { text: also === null ? footer : `${also}\n${footer}` },
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [button('◀ Previous', view.page - 1, view.page === 0), button('Next ▶', view.page + 1, view.page + 1 >= pages)],
      },
      // A select menu needs at least one option.
      ...(view.hits.length > 0 ? [openPaperMenu(makePickId('search'), view.hits.map((h) => h.paper))] : []),
    ],
  };
}
