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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "12 Mar 2024" for '2024-03-12' (fixed English month names: ICU versions disagree on "Sep"/"Sept"). */
export function dayLabel(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}
