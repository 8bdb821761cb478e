import type { Catalogue } from '../digest/catalogue.js';
import { resolveDigestDate } from '../digest/dates.js';
import type { Paper } from '../digest/schema.js';

/** `stats --json` document. */
export function statsJson(catalogue: Catalogue, now: Date): object {
  return {
    entries: catalogue.entryCount,
    papers: catalogue.papers.length,
    digests: catalogue.digests.map((d) => ({ file: d.file, entries: d.entries, date: resolveDigestDate(d.dateLabel, d.date, now) })),
    warnings: catalogue.warnings,
  };
}

/** Human-readable `stats`. */
export function statsText(catalogue: Catalogue, now: Date): string {
  const lines = [`${catalogue.entryCount} entries, ${catalogue.papers.length} unique papers from ${catalogue.digests.length} digests`];
  for (const d of catalogue.digests) {
    lines.push(`  ${d.file}: ${d.entries} entries, dated ${resolveDigestDate(d.dateLabel, d.date, now) ?? 'unknown'}`);
  }
  if (catalogue.warnings.length > 0) {
    lines.push(`${catalogue.warnings.length} warnings:`);
    // A loop, not push(...all): spreading a huge list as arguments overflows the call stack.
    for (const warning of catalogue.warnings) lines.push(`  ${warning}`);
  }
  return lines.join('\n');
}

/** `paper --json` record: each appearance's date resolved as `stats` resolves its digest's ("Mar 12" → ISO). */
export function paperJson(paper: Paper, now: Date): Paper {
  return { ...paper, appearances: paper.appearances.map((a) => ({ ...a, date: resolveDigestDate(a.dateLabel, a.date, now) })) };
}

/** Human-readable paper record. */
export function paperText(paper: Paper): string {
  const meta = [
    paper.authorCount === null ? null : `${paper.authorCount} authors`,
    paper.publishedAt === null ? null : `published ${paper.publishedAt}`,
    paper.upvotes === null ? null : `${paper.upvotes} upvotes`,
  ].filter((x) => x !== null);
  return [
    paper.title,
    `id: ${paper.id}`,
    ...(meta.length > 0 ? [meta.join(' · ')] : []),
    ...(paper.aliases.length > 0 ? [`aka: ${paper.aliases.join(', ')}`] : []),
    ...(paper.codeLinks.length > 0 ? [`code: ${paper.codeLinks.join(' ')}`] : []),
    `digests: ${paper.appearances.map((a) => `${a.digest}${a.dateLabel === null ? '' : ` (${a.dateLabel})`}`).join(', ')}`,
    '',
    paper.abstract,
  ].join('\n');
}

/** Human-readable ranked list, numbered from `first` (a page after `--offset N` starts at N + 1). */
export function resultsText(results: readonly { id: string; title: string; score: number }[], first = 1): string {
  if (results.length === 0) return 'No matching papers.';
  return results.map((r, i) => `${String(first + i).padStart(2)}. ${r.title}\n    ${r.id}  (score ${r.score.toFixed(2)})`).join('\n');
}
