import { plausibleDate } from './dates.js';
import { readFeedItem } from './feedItem.js';
import type { DigestEntry, ParsedDigest } from './schema.js';

/** Feed files paperboy stores itself are named for their listing day (see src/feed/feedFiles.ts). */
const LISTING_DAY_FILE = /(?:^|\/)daily-papers-(\d{4}-\d{2}-\d{2})(?:-\d+)?\.json$/;

/** The listing day a stored feed file is for, or null for any other file. */
export function listingDayOfFile(file: string): string | null {
  return LISTING_DAY_FILE.exec(file)?.[1] ?? null;
}

/**
 * Parses the JSON that Hugging Face's daily papers API returns. Each item is checked on its own,
 * so one bad item is skipped with a warning naming the file and its position, and the rest load.
 * The digest's date is its listing day: from the file name for files paperboy stored, else the
 * latest listing time of its items. Dates after tomorrow or before 1991 are ignored with a warning.
 */
export function parseFeedJson(file: string, text: string, now: Date = new Date()): ParsedDigest {
  const warnings: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, dateLabel: null, date: null, entries: [], warnings: [`digest-loader: ${file}: not valid JSON (${reason.slice(0, 200)})`] };
  }
  if (!Array.isArray(json)) {
    return { file, dateLabel: null, date: null, entries: [], warnings: [`digest-loader: ${file}: expected a JSON array of papers`] };
  }
  const believable = (iso: string | null, what: string, index: number): string | null => {
    if (iso === null || plausibleDate(iso.slice(0, 10), now)) return iso;
    warnings.push(`digest-loader: ${file}: item ${index + 1}: ${what} ${iso.slice(0, 10)} is not believable (after tomorrow or before 1991); ignored`);
    return null;
  };
  const entries: DigestEntry[] = [];
  let latest: string | null = null;
  json.forEach((raw: unknown, index) => {
    const read = readFeedItem(raw);
    if (!read.ok) {
      warnings.push(`digest-loader: ${file}: item ${index + 1}: ${read.where} is missing or invalid; skipped`);
      return;
    }
    const { paper } = read;
    const listed = believable(paper.listedAt, 'listing date', index)?.slice(0, 10) ?? null;
    if (listed !== null && (latest === null || listed > latest)) latest = listed;
    const withdrawnAt = believable(paper.live.withdrawnAt, 'withdrawal date', index);
    entries.push({
      title: paper.title,
      abstract: paper.summary,
      line: index + 1,
      authorCount: paper.authors.length > 0 ? paper.authors.length : null,
      authors: paper.authors,
      publishedAt: believable(paper.publishedAt, 'publication date', index)?.slice(0, 10) ?? null,
      upvotes: paper.upvotes,
      arxivId: paper.arxivId,
      live: { ...paper.live, withdrawnAt },
    });
  });
  const day = listingDayOfFile(file);
  const date = day !== null && plausibleDate(day, now) ? day : latest;
  return { file, dateLabel: date, date, entries, warnings };
}
