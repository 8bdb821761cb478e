import type { Paper } from '../digest/schema.js';
import { dayLabel, listingDays } from '../trending/listings.js';

/** How many author names a line shows before "and N others". */
const NAMED_AUTHORS = 3;

/** "by A, B, C and 5 others" (names as plain text; the caller escapes), or the count alone, or null. */
export function authorLine(paper: Paper): string | null {
  const names = paper.authors;
  const total = Math.max(names.length, paper.authorCount ?? 0);
  if (names.length === 0) return total > 0 ? `${total} author${total === 1 ? '' : 's'}` : null;
  if (total <= NAMED_AUTHORS) return `by ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1) ?? ''}`;
  const rest = total - NAMED_AUTHORS;
  return `by ${names.slice(0, NAMED_AUTHORS).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
}

/** "Daily Papers · 12 Mar 2024 · 45 upvotes" (with "and N earlier days" when listed more often). */
export function provenanceLine(paper: Paper, now: Date): string {
  const { days, undated } = listingDays(paper, now);
  const parts = ['Daily Papers'];
  if (days[0] !== undefined) parts.push(dayLabel(days[0]) + (days.length > 1 ? ` (and ${days.length - 1} earlier day${days.length === 2 ? '' : 's'})` : ''));
  else if (undated) parts.push('undated listing');
  if (paper.upvotes !== null) parts.push(`${paper.upvotes} upvote${paper.upvotes === 1 ? '' : 's'}`);
  if (paper.comments !== null && paper.comments > 0) parts.push(`${paper.comments} comment${paper.comments === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/** "1.2k" for 1234: compact counts for stars. */
export function compactCount(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(n >= 10_000 ? 0 : 1).replace(/\.0$/, '')}k` : String(n);
}
