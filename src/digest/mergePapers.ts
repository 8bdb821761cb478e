import { paperId, titleKey } from './paperId.js';
import type { PreparedDigest } from './prepareDigest.js';
import { NO_LIVE_FIELDS, type Appearance, type LiveFields, type Paper } from './schema.js';
import { compact } from '../text/fold.js';

/** Which paper (catalogue position) a title key or an arXiv id belongs to. */
export interface CatalogueIdentity {
  byKey: Map<string, number>;
  byArxiv: Map<string, number>;
}

/** The identity maps of a list of papers (one pass over every title: O(catalogue)). */
export function identityOf(papers: readonly Paper[]): CatalogueIdentity {
  const byKey = new Map<string, number>();
  const byArxiv = new Map<string, number>();
  papers.forEach((p, i) => {
    byKey.set(titleKey(p.title), i);
    if (p.arxivId !== null) byArxiv.set(p.arxivId, i);
  });
  return { byKey, byArxiv };
}

/** What a merge onto a large catalogue can reuse instead of reading every paper again. */
export interface MergeOptions {
  /** The existing papers' identity maps; updated in place with the new papers. */
  identity?: CatalogueIdentity;
  /**
   * How many existing papers carry a (compact) name: when given, only the new papers are read to
   * find shared aliases. Defaults to counting over every paper.
   */
  existingAliasOwners?: (compactAlias: string) => number;
}

/** Papers after a merge, and how many at the end are new. */
export interface MergeResult {
  papers: Paper[];
  /** Papers from position `papers.length - added` on are new; earlier ones kept their text. */
  added: number;
}

/**
 * Merges prepared digests into the catalogue: entries with the same arXiv id, or else the same
 * normalized title, are one paper (id = slug of the first title seen), keeping every appearance
 * and the best metadata any appearance carried (largest author count and upvotes, first known date
 * and arXiv id, longest author list, the newest feed fields).
 * A paper's text is the first one seen, so a new digest never changes an indexed paper's text —
 * which lets new digests be indexed incrementally. Existing papers are never mutated: a paper a
 * new digest touches is copied.
 */
export function mergeInto(existing: readonly Paper[], digests: readonly PreparedDigest[], options: MergeOptions = {}): MergeResult {
  const papers = [...existing];
  const { byKey, byArxiv } = options.identity ?? identityOf(existing);
  const copied = new Set<number>();
  const firstNew = papers.length;
  for (const digest of digests) {
    for (const entry of digest.entries) {
      const key = titleKey(entry.title);
      if (key.length === 0) continue;
      const appearance: Appearance = { digest: digest.file, line: entry.line, dateLabel: digest.dateLabel, date: digest.date };
      const at = (entry.arxivId === null ? undefined : byArxiv.get(entry.arxivId)) ?? byKey.get(key);
      if (entry.arxivId !== null && at !== undefined && !byArxiv.has(entry.arxivId)) byArxiv.set(entry.arxivId, at);
      if (at === undefined) {
        byKey.set(key, papers.length);
        if (entry.arxivId !== null) byArxiv.set(entry.arxivId, papers.length);
        copied.add(papers.length);
        papers.push({
          id: paperId(entry.title),
          title: entry.title,
          abstract: entry.abstract,
          aliases: [...entry.aliases],
          introduced: entry.introduced,
          codeLinks: [...entry.codeLinks],
          authorCount: entry.authorCount,
          authors: entry.authors,
          publishedAt: entry.publishedAt,
          upvotes: entry.upvotes,
          arxivId: entry.arxivId,
          appearances: [appearance],
          ...(entry.live ?? NO_LIVE_FIELDS),
        });
        continue;
      }
      const before = papers[at] as Paper;
      const paper = copied.has(at) ? before : { ...before, appearances: [...before.appearances], codeLinks: [...before.codeLinks] };
      copied.add(at);
      papers[at] = paper;
      paper.appearances.push(appearance);
      paper.codeLinks = union(paper.codeLinks, entry.codeLinks);
      paper.authorCount = maxOrNull(paper.authorCount, entry.authorCount);
      paper.upvotes = maxOrNull(paper.upvotes, entry.upvotes);
      paper.publishedAt ??= entry.publishedAt;
      paper.arxivId ??= entry.arxivId;
      if (entry.authors.length > paper.authors.length) paper.authors = entry.authors;
      if (entry.live !== undefined) Object.assign(paper, newerLive(paper, entry.live));
      if (at >= firstNew) paper.aliases = union(paper.aliases, entry.aliases);
    }
  }
  dropSharedAliases(papers, firstNew, options.existingAliasOwners);
  return { papers, added: papers.length - firstNew };
}

/** Merges prepared digests into a fresh catalogue. */
export function mergePapers(digests: readonly PreparedDigest[]): Paper[] {
  return mergeInto([], digests).papers;
}

/**
 * An alias two papers share cannot tell them apart, so it goes — except where it is the paper's
 * own title prefix ("Mamba: …"), which names that paper and no other. Only new papers (from
 * `firstNew` on) lose aliases: an indexed paper's names never change.
 */
function dropSharedAliases(papers: Paper[], firstNew: number, existingOwners?: (compactAlias: string) => number): void {
  const owners = new Map<string, number>();
  for (const paper of existingOwners === undefined ? papers : papers.slice(firstNew)) {
    for (const alias of new Set(paper.aliases.map((a) => compact(a)))) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  }
  const count = (key: string): number => (owners.get(key) ?? 0) + (existingOwners?.(key) ?? 0);
  for (let i = firstNew; i < papers.length; i += 1) {
    const paper = papers[i] as Paper;
    const prefix = compact(paper.title.split(':')[0] ?? '');
    paper.aliases = paper.aliases.filter((alias) => count(compact(alias)) === 1 || compact(alias) === prefix);
  }
}

/**
 * The feed fields after a later listing: its live numbers win, but a field it lacks keeps the
 * value known; keywords are indexed text, so only a paper without any takes them.
 */
function newerLive(paper: LiveFields, next: LiveFields): LiveFields {
  return {
    tldr: next.tldr ?? paper.tldr,
    keywords: paper.keywords.length > 0 ? paper.keywords : next.keywords,
    githubRepo: next.githubRepo ?? paper.githubRepo,
    githubStars: next.githubStars ?? paper.githubStars,
    projectPage: next.projectPage ?? paper.projectPage,
    comments: next.comments ?? paper.comments,
    organization: next.organization ?? paper.organization,
    withdrawnAt: next.withdrawnAt ?? paper.withdrawnAt,
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  const out = [...a];
  for (const x of b) {
    if (!seen.has(x.toLowerCase())) {
      seen.add(x.toLowerCase());
      out.push(x);
    }
  }
  return out;
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
