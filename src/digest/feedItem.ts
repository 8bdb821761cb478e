import { z } from 'zod';
import type { LiveFields } from './schema.js';

/**
 * One item of Hugging Face's daily papers API (`/api/daily_papers?date=…`). The paper's id, title
 * and summary are required; every other field may be missing, null or of the wrong type, and then
 * counts as unknown rather than spoiling the item. Unknown fields are ignored.
 */
const lenient = <T extends z.ZodType>(schema: T) => schema.nullable().optional().catch(null);
const webUrl = z.string().trim().max(500).regex(/^https?:\/\/[^\s<>]+$/i);
const count = z.number().int().nonnegative();

export const feedItemSchema = z.object({
  paper: z.object({
    id: z.string().regex(/^[\w./-]{4,40}$/),
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
    authors: lenient(z.array(z.object({ name: lenient(z.string()) }).loose())),
    publishedAt: lenient(z.string()),
    upvotes: lenient(count),
    ai_summary: lenient(z.string().trim().min(1)),
    ai_keywords: lenient(z.array(z.unknown())),
    githubRepo: lenient(webUrl),
    githubStars: lenient(count),
    projectPage: lenient(webUrl),
    organization: lenient(z.object({ name: lenient(z.string()), fullname: lenient(z.string()) }).loose()),
    withdrawnAt: lenient(z.string()),
  }).loose(),
  publishedAt: lenient(z.string()),
  numComments: lenient(count),
}).loose();

/** Caps on what one item may bring in (the API's own values are far below them). */
export const FEED_ITEM_LIMITS = { keywords: 20, keywordLength: 60, tldrLength: 600, authors: 500 } as const;

/** A feed item, checked and reduced to what paperboy keeps. */
export interface FeedPaper {
  /** The source's paper id: an arXiv id for almost every paper. */
  sourceId: string;
  arxivId: string | null;
  title: string;
  summary: string;
  authors: string[];
  /** When the paper itself was published (ISO time), as the source says. */
  publishedAt: string | null;
  /** When it was listed on Daily Papers (ISO time). */
  listedAt: string | null;
  upvotes: number | null;
  live: LiveFields;
}

const ARXIV_ID = /^\d{4}\.\d{4,5}(?:v\d+)?$/;

function keywordsOf(raw: readonly unknown[] | null | undefined): string[] {
  const out = new Map<string, string>();
  for (const value of raw ?? []) {
    if (typeof value !== 'string') continue;
    const keyword = value.replace(/\s+/g, ' ').trim();
    if (keyword.length === 0 || keyword.length > FEED_ITEM_LIMITS.keywordLength) continue;
    if (!out.has(keyword.toLowerCase())) out.set(keyword.toLowerCase(), keyword);
    if (out.size >= FEED_ITEM_LIMITS.keywords) break;
  }
  return [...out.values()];
}

function isoTime(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Checks one raw item; on failure, the path of the first bad field ("paper.title"). */
export function readFeedItem(raw: unknown): { ok: true; paper: FeedPaper } | { ok: false; where: string } {
  const parsed = feedItemSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, where: parsed.error.issues[0]?.path.join('.') || 'item' };
  const { paper } = parsed.data;
  const authors = (paper.authors ?? [])
    .map((a) => (a.name ?? '').replace(/\s+/g, ' ').trim())
    .filter((n) => n.length > 0)
    .slice(0, FEED_ITEM_LIMITS.authors);
  const tldr = paper.ai_summary?.replace(/\s+/g, ' ').slice(0, FEED_ITEM_LIMITS.tldrLength) ?? null;
  const organization = paper.organization?.fullname?.trim() || paper.organization?.name?.trim() || null;
  return {
    ok: true,
    paper: {
      sourceId: paper.id,
      arxivId: ARXIV_ID.test(paper.id) ? paper.id.replace(/v\d+$/, '') : null,
      title: paper.title,
      summary: paper.summary,
      authors,
      publishedAt: isoTime(paper.publishedAt),
      listedAt: isoTime(parsed.data.publishedAt),
      upvotes: paper.upvotes ?? null,
      live: {
        tldr,
        keywords: keywordsOf(paper.ai_keywords),
        githubRepo: paper.githubRepo ?? null,
        githubStars: paper.githubStars ?? null,
        projectPage: paper.projectPage ?? null,
        comments: parsed.data.numComments ?? null,
        organization,
        withdrawnAt: isoTime(paper.withdrawnAt),
      },
    },
  };
}
