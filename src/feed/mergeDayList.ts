import { cleanText } from '../digest/cleanText.js';
import { plausibleDate } from '../digest/dates.js';
import type { FeedState, LiveStat } from '../digest/feedState.js';
import { readFeedItem, type FeedPaper } from '../digest/feedItem.js';
import { isFinalFetch } from './planFeedPoll.js';

/** What one fetched day list changes: the new state, the new papers' raw items, and warnings. */
export interface DayListMerge {
  state: FeedState;
  /** Raw items of papers not stored for that day before (written as one more digest file). */
  fresh: unknown[];
  /** Papers whose live numbers changed. */
  changed: number;
  /** Items that failed validation, each naming the day and position. */
  warnings: string[];
}

function statOf(paper: FeedPaper, now: Date): LiveStat {
  const { live } = paper;
  const tldr = live.tldr === null ? null : cleanText(live.tldr) || null;
  const withdrawnAt = live.withdrawnAt !== null && plausibleDate(live.withdrawnAt.slice(0, 10), now) ? live.withdrawnAt : null;
  return { upvotes: paper.upvotes, comments: live.comments, githubRepo: live.githubRepo, githubStars: live.githubStars, projectPage: live.projectPage, tldr, withdrawnAt };
}

function sameStat(a: LiveStat | undefined, b: LiveStat): boolean {
  return a !== undefined && (Object.keys(b) as (keyof LiveStat)[]).every((k) => a[k] === b[k]);
}

/**
 * Folds one fetched list of `day` into the feed state (pure; the caller writes the files): items
 * that fail validation are skipped with a warning naming the day and position; papers not yet
 * stored for that day become `fresh` (their text goes to the index once); every valid item's
 * live numbers replace the ones known. An empty list (weekends, holidays) is a normal day.
 */
export function mergeDayList(state: FeedState, day: string, items: readonly unknown[], now: Date, file: string): DayListMerge {
  const known = new Set(state.days[day]?.ids ?? []);
  const stats = { ...state.stats };
  const fresh: unknown[] = [];
  const warnings: string[] = [];
  let changed = 0;
  items.forEach((raw, index) => {
    const read = readFeedItem(raw);
    if (!read.ok) {
      warnings.push(`feed: ${day}: item ${index + 1}: ${read.where} is missing or invalid; skipped`);
      return;
    }
    const key = read.paper.arxivId ?? read.paper.sourceId;
    const stat = statOf(read.paper, now);
    if (!sameStat(stats[key], stat)) {
      stats[key] = stat;
      changed += 1;
    }
    if (!known.has(read.paper.sourceId)) {
      known.add(read.paper.sourceId);
      fresh.push(raw);
    }
  });
  const before = state.days[day];
  const files = [...(before?.files ?? []), ...(fresh.length > 0 ? [file] : [])];
  const entry = { fetchedAt: now.toISOString(), final: isFinalFetch(day, now), ids: [...known], files };
  return { state: { ...state, stats, days: { ...state.days, [day]: entry } }, fresh, changed, warnings };
}

/** The digest file name for the `n`th batch (1-based) of a listing day's papers. */
export function dayFileName(day: string, n: number): string {
  return `daily-papers-${day}-${String(n).padStart(2, '0')}.json`;
}
