import { resolveDigestDate } from '../digest/dates.js';
import type { Paper } from '../digest/schema.js';

/**
 * The days a paper was listed on Daily Papers, newest first (ISO dates, resolved against `now`
 * for scrapes whose date has no year), and whether it also appeared in an undated digest.
 * This is what users see of provenance: never internal file names.
 */
export function listingDays(paper: Paper, now: Date): { days: string[]; undated: boolean } {
  const days = new Set<string>();
  let undated = false;
  for (const a of paper.appearances) {
    const date = resolveDigestDate(a.dateLabel, a.date, now);
    if (date === null) undated = true;
    else days.add(date);
  }
  return { days: [...days].sort().reverse(), undated };
}

/** "12 Mar 2024" for '2024-03-12'. */
export function dayLabel(isoDay: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${isoDay}T12:00:00Z`));
}
