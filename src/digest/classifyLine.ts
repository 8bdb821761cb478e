import { parseMonthDay } from './dates.js';

/** What a single (trimmed) digest line is. */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'header'; rest: string | null }
  | { kind: 'date'; label: string; year: number | null }
  | { kind: 'authors'; count: number }
  | { kind: 'separator' }
  | { kind: 'published'; iso: string; upvotes: number | null }
  | { kind: 'upvotes'; count: number }
  | { kind: 'text'; text: string };

// Page chrome the scraper picked up. Matched case-insensitively against whole lines; the
// glued form ("SubscribeTight High Probability…") is split off so the title survives.
const HEADERS = [
  'get trending papers in your email inbox once a day!',
  'get trending papers in your email inbox!',
  'byak and the research community',
  'daily papers',
  'subscribe',
  'new',
  'trending papers',
];

/** Classifies one line of a text digest (already trimmed of whitespace). */
export function classifyLine(line: string): LineKind {
  if (line.length === 0) return { kind: 'blank' };
  const lower = line.toLowerCase();
  for (const header of HEADERS) {
    if (lower === header) return { kind: 'header', rest: null };
    // A header glued to the next line's text: the text starts with an upper-case letter or digit.
    if (header.length >= 6 && lower.startsWith(header) && /^[A-Z0-9"“(]/.test(line.slice(header.length))) {
      return { kind: 'header', rest: line.slice(header.length) };
    }
  }
  if (/^[·•∙⋅|-]$/.test(line)) return { kind: 'separator' };
  const authors = /^[•·*∙-]?\s*(\d{1,4})\s+authors?$/i.exec(line);
  if (authors !== null) return { kind: 'authors', count: Number(authors[1]) };
  const published = /^([A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4})(?:\s*[·•]?\s*(\d{1,7}))?$/.exec(line);
  if (published !== null) {
    const parts = parseMonthDay(published[1] ?? '');
    if (parts !== null && parts.year !== null) {
      const iso = `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
      return { kind: 'published', iso, upvotes: published[2] === undefined ? null : Number(published[2]) };
    }
  }
  const date = parseMonthDay(line);
  if (date !== null) return { kind: 'date', label: line, year: date.year };
  if (/^\d{1,7}$/.test(line)) return { kind: 'upvotes', count: Number(line) };
  return { kind: 'text', text: line };
}
