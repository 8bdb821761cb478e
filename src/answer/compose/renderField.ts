import type { Paper } from '../../digest/schema.js';

/** Record fields an answer may quote instead of the abstract. */
export type RecordField = 'authorCount' | 'authors' | 'publishedAt' | 'upvotes' | 'appearances' | 'codeLinks';

/** Every record field a quote may render. */
export const RECORD_FIELDS: readonly RecordField[] = ['authorCount', 'authors', 'publishedAt', 'upvotes', 'appearances', 'codeLinks'];

/**
 * A record field as a citation quotes it: `name: value`, values exactly as stored
 * (`publishedAt: 2023-10-25`, `codeLinks: https://github.com/…`). Null when the record lacks it.
 */
export function renderField(paper: Paper, field: RecordField): string | null {
  switch (field) {
    case 'authorCount':
      return paper.authorCount === null ? null : `authorCount: ${paper.authorCount}`;
    case 'authors':
      return paper.authors.length === 0 ? null : `authors: ${paper.authors.join(', ')}`;
    case 'publishedAt':
      return paper.publishedAt === null ? null : `publishedAt: ${paper.publishedAt}`;
    case 'upvotes':
      return paper.upvotes === null ? null : `upvotes: ${paper.upvotes}`;
    case 'appearances':
      return `appearances: ${paper.appearances.map((a) => (a.dateLabel === null ? a.digest : `${a.digest} (${a.dateLabel})`)).join(', ')}`;
    case 'codeLinks':
      return paper.codeLinks.length === 0 ? null : `codeLinks: ${paper.codeLinks.join(', ')}`;
  }
}

/** Collapses runs of whitespace, so a quote matches however its line breaks fell. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where `quote` sits in `abstract` after whitespace normalization, returned as the abstract's own
 * characters; null when the abstract does not contain it.
 */
export function findVerbatim(abstract: string, quote: string): string | null {
  const wanted = normalizeSpace(quote);
  if (wanted.length === 0) return null;
  if (abstract.includes(wanted)) return wanted;
  // Map each character of the normalized abstract back to its position in the original.
  let normalized = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < abstract.length; i += 1) {
    const c = abstract[i] ?? '';
    if (/\s/.test(c)) {
      if (!space && normalized.length > 0) {
        normalized += ' ';
        origin.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    normalized += c;
    origin.push(i);
  }
  const at = normalized.indexOf(wanted);
  if (at === -1) return null;
  const start = origin[at] ?? 0;
  const end = (origin[at + wanted.length - 1] ?? start) + 1;
  return abstract.slice(start, end);
}

/** Whether a citation quote is grounded: in the abstract verbatim, or a record field as rendered. */
export function isGroundedQuote(paper: Paper, quote: string): boolean {
  if (findVerbatim(paper.abstract, quote) !== null) return true;
  return RECORD_FIELDS.some((field) => renderField(paper, field) === quote);
}
