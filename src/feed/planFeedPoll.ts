import type { FeedState } from '../digest/feedState.js';

/** 'YYYY-MM-DD' of a UTC day `offset` days from `now`'s. */
export function utcDay(now: Date, offset = 0): string {
  return new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Which listing days one poll fetches, oldest first: each of the last `backfillDays` days before
 * today that was never fetched, or was last fetched before it ended (yesterday, once more after
 * the UTC day is over, for its final numbers); then today, always (papers are added through the
 * day and upvotes change).
 */
export function planFeedPoll(now: Date, state: Pick<FeedState, 'days'>, backfillDays: number): string[] {
  const days: string[] = [];
  for (let offset = -backfillDays; offset < 0; offset += 1) {
    const day = utcDay(now, offset);
    if (state.days[day]?.final !== true) days.push(day);
  }
  days.push(utcDay(now));
  return days;
}

/** Whether a list fetched at `fetchedAt` holds the final numbers of `day` (the day had ended). */
export function isFinalFetch(day: string, fetchedAt: Date): boolean {
  return utcDay(fetchedAt) > day;
}
