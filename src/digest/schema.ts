import { z } from 'zod';

/** Where and when a paper was seen: one line of one digest. */
export const appearanceSchema = z.object({
  digest: z.string().min(1),
  line: z.number().int().nonnegative(),
  /** The digest's own date as printed ("Mar 12"), or null when the digest has none. */
  dateLabel: z.string().nullable(),
  /** ISO date when the digest's date carried a year (JSON feeds), else null; see resolveDigestDate. */
  date: z.iso.date().nullable(),
});
export type Appearance = z.infer<typeof appearanceSchema>;

/**
 * What the Daily Papers feed adds to a paper beyond its text. Text digests carry none of it (all
 * null or empty). Everything but `keywords` can change after a paper was indexed (upvotes grow, an
 * AI summary is written, a paper is withdrawn): those are refreshed in place from the feed's live
 * numbers (src/feed/liveStats.ts) without re-indexing.
 */
export const liveFieldsSchema = z.object({
  /** The source's AI-written one-line summary (`ai_summary`), shown marked as such. */
  tldr: z.string().nullable(),
  /** The source's AI keywords (`ai_keywords`), indexed as a field of their own. */
  keywords: z.array(z.string()),
  githubRepo: z.url().nullable(),
  githubStars: z.number().int().nonnegative().nullable(),
  projectPage: z.url().nullable(),
  comments: z.number().int().nonnegative().nullable(),
  organization: z.string().nullable(),
  /** ISO time the paper was withdrawn; a withdrawn paper leaves search, trending and digests. */
  withdrawnAt: z.string().nullable(),
});
export type LiveFields = z.infer<typeof liveFieldsSchema>;

/** A paper without anything from the feed. */
export const NO_LIVE_FIELDS: LiveFields = Object.freeze({
  tldr: null, keywords: [], githubRepo: null, githubStars: null, projectPage: null, comments: null, organization: null, withdrawnAt: null,
});

/** A name the paper's abstract introduces, as the loader decided it (src/digest/introducedNames.ts). */
export const introducedNameSchema = z.object({
  name: z.string().min(1),
  /** `own`: presented as the paper's own ("we propose X", "X, a …"); `acronym`: only spelled out in parentheses. */
  how: z.enum(['own', 'acronym']),
  /** The words an acronym abbreviates, as the abstract spells them out; null for other names. */
  spelledOut: z.string().nullable(),
  /** The introducing sentence, as [start, end) offsets into the abstract. */
  sentence: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
});
export type IntroducedName = z.infer<typeof introducedNameSchema>;

/** One paper of the catalogue, merged across every digest it appeared in. */
export const paperSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(64),
  title: z.string().min(1).max(300),
  abstract: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Every name the abstract introduces, with how, its spelled-out form and its sentence. */
  introduced: z.array(introducedNameSchema),
  codeLinks: z.array(z.url()),
  authorCount: z.number().int().positive().nullable(),
  authors: z.array(z.string()),
  publishedAt: z.iso.date().nullable(),
  upvotes: z.number().int().nonnegative().nullable(),
  arxivId: z.string().nullable(),
  appearances: z.array(appearanceSchema).min(1),
  ...liveFieldsSchema.shape,
});
export type Paper = z.infer<typeof paperSchema>;

/** A paper as read from one digest, before merging. */
export interface DigestEntry {
  title: string;
  abstract: string;
  line: number;
  authorCount: number | null;
  authors: string[];
  publishedAt: string | null;
  upvotes: number | null;
  arxivId: string | null;
  /** Feed fields; absent for text digests. */
  live?: LiveFields;
}

/** What one digest file yielded. */
export interface ParsedDigest {
  file: string;
  dateLabel: string | null;
  date: string | null;
  entries: DigestEntry[];
  warnings: string[];
}
