const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Mar 12" / "March 12" / "Oct 25, 2023" → parts, or null when the text is not such a date. */
export function parseMonthDay(text: string): { month: number; day: number; year: number | null } | null {
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(text.trim());
  if (m === null) return null;
  const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase());
  const day = Number(m[2]);
  const year = m[3] === undefined ? null : Number(m[3]);
  if (month < 0 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1900 || year > 2200)) return null;
  const probe = new Date(Date.UTC(year ?? 2024, month, day));
  if (probe.getUTCDate() !== day) return null; // Feb 30 and friends
  return { month: month + 1, day, year };
}

/** Formats y/m/d as an ISO date (YYYY-MM-DD). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date a digest label stands for, seen from `now`: a label without a year means the most
 * recent such date that is not in the future (a page scraped "Mar 12" in November is this March).
 */
export function resolveDigestDate(label: string | null, iso: string | null, now: Date): string | null {
  if (iso !== null) return iso;
  if (label === null) return null;
  const parts = parseMonthDay(label);
  if (parts === null) return null;
  if (parts.year !== null) return isoDate(parts.year, parts.month, parts.day);
  const today = isoDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  for (let year = now.getUTCFullYear(); year > now.getUTCFullYear() - 8; year -= 1) {
    const probe = new Date(Date.UTC(year, parts.month - 1, parts.day));
    if (probe.getUTCDate() !== parts.day) continue; // Feb 29 outside leap years
    const candidate = isoDate(year, parts.month, parts.day);
    if (candidate <= today) return candidate;
  }
  return null;
}

/** No digest or paper predates this: arXiv opened in August 1991. */
export const EARLIEST_PLAUSIBLE_DATE = '1991-01-01';

/**
 * Whether an ISO date (YYYY-MM-DD) from outside is believable at `now`: not before 1991 and not
 * after tomorrow (UTC; a day of slack for time zones ahead of UTC). One rule for every parser and
 * for ranking, so a digest dated in the far future never sits on top of anything.
 */
export function plausibleDate(iso: string, now: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return false;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso) return false;
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const latest = isoDate(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate());
  return iso >= EARLIEST_PLAUSIBLE_DATE && iso <= latest;
}
