import { classifyLine } from './classifyLine.js';
import { isoDate, parseMonthDay, plausibleDate } from './dates.js';
import type { DigestEntry, ParsedDigest } from './schema.js';
import { warningCollector } from './warningCap.js';

/**
 * A line longer than this looks like an abstract — unless the structure says it is a title (see
 * `opensEntry`). Real titles stay under 200 characters; longer ones are cut for the record at
 * load (fitTitle.ts).
 */
export const MAX_TITLE_LENGTH = 300;
/** Abstracts beyond this are cut (with a warning) so one hostile line cannot bloat the catalogue. */
export const MAX_ABSTRACT_LENGTH = 10_000;

const SENTENCE_END = /[.!?)"”]$/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** A line that can only be an abstract: too long for a title, or several words of prose ending a sentence. */
function isAbstractLike(text: string): boolean {
  if (text.length > MAX_TITLE_LENGTH) return true;
  if (text.length >= 200 && SENTENCE_END.test(text)) return true;
  return wordCount(text) >= 12 && /[.!]$/.test(text) && /\s(?:we|is|are|was|were|this|the|of)\s/i.test(text);
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * Whether an abstract-like line is nonetheless a title, decided by structure rather than length:
 * the next line is an abstract-like paragraph that is longer, or that follows a line not ending a
 * sentence as an abstract does. So a title of any length followed by its abstract is an entry.
 */
function opensEntry(text: string, next: string | null): boolean {
  if (next === null || !isAbstractLike(next)) return false;
  return next.length > text.length || !endsSentence(text);
}

/** Abstracts end a sentence; titles, however long, don't. */
function endsSentence(text: string): boolean {
  return /[.!]$/.test(text);
}

/**
 * Parses the text layouts of a scraped digest: header chrome, an optional digest date, then
 * title/abstract pairs (blank-line separated or on consecutive lines), optionally followed by
 * metadata lines (`• 5 authors`, `·`, `Oct 25, 2023 12`). Malformed entries are skipped with
 * a warning naming file and line; a bad entry never takes a good neighbour down with it. Dates
 * that `plausibleDate` refuses at `now` (after tomorrow, before 1991) are ignored with a warning.
 */
export function parseTextDigest(file: string, text: string, now: Date = new Date()): ParsedDigest {
  // Capped as they come: a flood of garbage lines yields a few warnings and a count, not one each.
  const warnings = warningCollector(file);
  const entries: DigestEntry[] = [];
  const warn = (line: number, message: string): void => {
    warnings.add(`digest-loader: ${file}:${line}: ${message}`);
  };
  let dateLabel: string | null = null;
  let date: string | null = null;
  let pending: { title: string; line: number } | null = null;
  let last: DigestEntry | null = null;

  const plausible = (iso: string, line: number, what: string): boolean => {
    if (plausibleDate(iso, now)) return true;
    warn(line, `${what} ${iso} is after tomorrow or before 1991; ignored`);
    return false;
  };

  const dropPending = (reason: string): void => {
    if (pending === null) return;
    warn(pending.line, `${reason} after title "${preview(pending.title)}"; entry skipped`);
    pending = null;
  };

  const onText = (raw: string, line: number, next: string | null): void => {
    if (pending === null) {
      if ((isAbstractLike(raw) && !opensEntry(raw, next)) || !hasLetters(raw)) {
        warn(line, hasLetters(raw) ? 'text without a title before it; skipped' : 'line without any letters; skipped');
        return;
      }
      pending = { title: raw, line };
      return;
    }
    // Not an abstract, or a long title that its own abstract follows (the pending "title" was a stray line).
    if (!isAbstractLike(raw) || (!endsSentence(raw) && next !== null && isAbstractLike(next))) {
      dropPending('abstract missing');
      onText(raw, line, next);
      return;
    }
    let abstract = raw;
    if (abstract.length > MAX_ABSTRACT_LENGTH) {
      warn(line, `abstract is ${abstract.length} characters; kept the first ${MAX_ABSTRACT_LENGTH}`);
      abstract = `${abstract.slice(0, MAX_ABSTRACT_LENGTH)}…`;
    }
    last = {
      title: pending.title,
      abstract,
      line: pending.line,
      authorCount: null,
      authors: [],
      publishedAt: null,
      upvotes: null,
      arxivId: null,
    };
    entries.push(last);
    pending = null;
  };

  const lines = text.split(/\r\n|\r|\n/).map((raw) => raw.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim());
  // The text of the next non-blank line, when it is text: a line's role may depend on it.
  const nextText = (i: number): string | null => {
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j += 1;
    const kind = j < lines.length ? classifyLine(lines[j] ?? '') : null;
    return kind?.kind === 'text' ? kind.text : kind?.kind === 'header' ? kind.rest : null;
  };
  lines.forEach((trimmed, i) => {
    const lineNo = i + 1;
    const kind = classifyLine(trimmed);
    const beforeEntries = entries.length === 0 && pending === null;
    switch (kind.kind) {
      case 'blank':
        return;
      case 'header':
        if (kind.rest !== null) onText(kind.rest, lineNo, nextText(i));
        return;
      case 'date':
        if (beforeEntries && dateLabel === null) {
          const parts = parseMonthDay(kind.label);
          const iso = parts !== null && parts.year !== null ? isoDate(parts.year, parts.month, parts.day) : null;
          if (iso !== null && !plausible(iso, lineNo, 'digest date')) return;
          dateLabel = kind.label;
          date = iso;
        }
        return;
      case 'published':
        if (beforeEntries && dateLabel === null) {
          if (!plausible(kind.iso, lineNo, 'digest date')) return;
          dateLabel = trimmed;
          date = kind.iso;
          return;
        }
        dropPending('metadata where the abstract should be');
        if (last === null) return;
        if (plausible(kind.iso, lineNo, 'publication date')) last.publishedAt = kind.iso;
        if (kind.upvotes !== null) last.upvotes = kind.upvotes;
        return;
      case 'authors':
        dropPending('metadata where the abstract should be');
        if (last !== null) last.authorCount = kind.count > 0 ? kind.count : null;
        return;
      case 'upvotes':
        dropPending('metadata where the abstract should be');
        if (last !== null) last.upvotes = kind.count;
        return;
      case 'separator':
        return;
      case 'text':
        onText(kind.text, lineNo, nextText(i));
        return;
    }
  });
  dropPending('abstract missing at end of file');
  return { file, dateLabel, date, entries, warnings: warnings.list() };
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
