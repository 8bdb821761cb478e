import { cleanText } from './cleanText.js';
import { extractAliases } from './extractAliases.js';
import { extractCodeLinks } from './extractCodeLinks.js';
import { paperId, titleKey } from './paperId.js';
import type { Paper, ParsedDigest } from './schema.js';
import { compact } from '../text/fold.js';

/**
 * Merges the entries of every digest into one record per paper (same normalized title = same
 * paper), keeping every appearance and the best metadata any appearance carried.
 */
export function mergePapers(digests: readonly ParsedDigest[]): Paper[] {
  const byKey = new Map<string, Paper>();
  for (const digest of digests) {
    for (const entry of digest.entries) {
      const title = cleanText(entry.title);
      const abstract = cleanText(entry.abstract);
      const key = titleKey(title);
      if (key.length === 0 || abstract.length === 0) continue;
      const appearance = { digest: digest.file, line: entry.line, dateLabel: digest.dateLabel, date: digest.date };
      const existing = byKey.get(key);
      if (existing === undefined) {
        byKey.set(key, {
          id: paperId(title),
          title,
          abstract,
          aliases: extractAliases(title, abstract),
          codeLinks: extractCodeLinks(abstract),
          authorCount: entry.authorCount,
          authors: entry.authors,
          publishedAt: entry.publishedAt,
          upvotes: entry.upvotes,
          arxivId: entry.arxivId,
          appearances: [appearance],
        });
        continue;
      }
      existing.appearances.push(appearance);
      if (abstract.length > existing.abstract.length) {
        existing.abstract = abstract;
        existing.aliases = union(existing.aliases, extractAliases(title, abstract));
      }
      existing.codeLinks = union(existing.codeLinks, extractCodeLinks(abstract));
      existing.authorCount = maxOrNull(existing.authorCount, entry.authorCount);
      existing.upvotes = maxOrNull(existing.upvotes, entry.upvotes);
      existing.publishedAt ??= entry.publishedAt;
      existing.arxivId ??= entry.arxivId;
      if (entry.authors.length > existing.authors.length) existing.authors = entry.authors;
    }
  }
  const papers = [...byKey.values()];
  dropSharedAliases(papers);
  return papers;
}

/**
 * An alias two papers share cannot tell them apart, so it goes — except where it is the
 * paper's own title prefix ("Mamba: …"), which names that paper and no other.
 */
function dropSharedAliases(papers: Paper[]): void {
  const owners = new Map<string, number>();
  for (const paper of papers) {
    for (const alias of paper.aliases) owners.set(compact(alias), (owners.get(compact(alias)) ?? 0) + 1);
  }
  for (const paper of papers) {
    const prefix = compact(paper.title.split(':')[0] ?? '');
    paper.aliases = paper.aliases.filter((alias) => owners.get(compact(alias)) === 1 || compact(alias) === prefix);
  }
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
