import { z } from 'zod';
import type { DigestEntry, ParsedDigest } from './schema.js';

/** One item of Hugging Face's daily papers API (`/api/daily_papers`); unknown fields are ignored. */
export const feedItemSchema = z.object({
  paper: z.object({
    id: z.string().regex(/^[\w./-]{4,40}$/),
    title: z.string().min(1),
    summary: z.string().min(1),
    authors: z.array(z.object({ name: z.string() }).loose()).optional(),
    publishedAt: z.string().optional(),
    upvotes: z.number().int().nonnegative().optional(),
  }).loose(),
  publishedAt: z.string().optional(),
  title: z.string().optional(),
}).loose();

export const feedSchema = z.array(z.unknown());

function isoDay(value: string | undefined): string | null {
  if (value === undefined) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Parses the JSON that Hugging Face's daily papers API returns. Each item is checked on its own,
 * so one bad item is skipped with a warning and the rest load. The digest date is the latest
 * listing date (`publishedAt` of the items), which carries a year.
 */
export function parseFeedJson(file: string, text: string): ParsedDigest {
  const warnings: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, dateLabel: null, date: null, entries: [], warnings: [`digest-loader: ${file}: not valid JSON (${reason})`] };
  }
  const list = feedSchema.safeParse(json);
  if (!list.success) {
    return { file, dateLabel: null, date: null, entries: [], warnings: [`digest-loader: ${file}: expected a JSON array of papers`] };
  }
  const entries: DigestEntry[] = [];
  let latest: string | null = null;
  list.data.forEach((raw, index) => {
    const item = feedItemSchema.safeParse(raw);
    if (!item.success) {
      const where = item.error.issues[0]?.path.join('.') ?? '';
      warnings.push(`digest-loader: ${file}: item ${index + 1}: ${where || 'item'} is missing or invalid; skipped`);
      return;
    }
    const { paper } = item.data;
    const listed = isoDay(item.data.publishedAt);
    if (listed !== null && (latest === null || listed > latest)) latest = listed;
    const authors = (paper.authors ?? []).map((a) => a.name.trim()).filter((n) => n.length > 0);
    entries.push({
      title: paper.title,
      abstract: paper.summary,
      line: index + 1,
      authorCount: authors.length > 0 ? authors.length : null,
      authors,
      publishedAt: isoDay(paper.publishedAt),
      upvotes: paper.upvotes ?? null,
      arxivId: /^\d{4}\.\d{4,5}(v\d+)?$/.test(paper.id) ? paper.id.replace(/v\d+$/, '') : null,
    });
  });
  return { file, dateLabel: latest, date: latest, entries, warnings };
}
