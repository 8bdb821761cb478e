import { createHash } from 'node:crypto';
import { codeVersion } from '../codeVersion.js';
import { cleanText } from './cleanText.js';
import { extractAliases } from './extractAliases.js';
import { extractCodeLinks } from './extractCodeLinks.js';
import { fitTitle } from './fitTitle.js';
import { introducedNames } from './introducedNames.js';
import { parseDigest } from './parseDigest.js';
import type { DigestEntry, IntroducedName } from './schema.js';
import { splitSentences } from '../text/splitSentences.js';
import { capWarnings } from './warningCap.js';

/** The parser and cleaner's code version: per-file results cached by other code are not reused. */
export function prepareVersion(): string {
  return codeVersion('digest', 'text');
}

/** A digest entry with its text cleaned and its names and code links extracted. */
export interface PreparedEntry extends DigestEntry {
  aliases: string[];
  introduced: IntroducedName[];
  codeLinks: string[];
}

/** One digest file, parsed and cleaned: the unit the parse cache stores and merging consumes. */
export interface PreparedDigest {
  file: string;
  /** SHA-1 of the file's bytes. */
  hash: string;
  dateLabel: string | null;
  date: string | null;
  entries: PreparedEntry[];
  warnings: string[];
}

/** The content hash that identifies a digest file in caches and snapshots. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Parses a digest file and cleans its entries one at a time, yielding after each: the one body
 * behind the synchronous and the gentle driver below.
 */
function* preparing(file: string, bytes: Uint8Array, hash: string): Generator<void, PreparedDigest, void> {
  const parsed = parseDigest(file, bytes);
  const entries: PreparedEntry[] = [];
  for (const entry of parsed.entries) {
    yield;
    const { title, full } = fitTitle(cleanText(entry.title));
    const abstract = cleanText(entry.abstract);
    if (title.length === 0 || abstract.length === 0) {
      parsed.warnings.push(`digest-loader: ${file}:${entry.line}: entry has no text left after clean-up; skipped`);
      continue;
    }
    const sentences = splitSentences(abstract);
    const aliases = extractAliases(title, abstract, sentences);
    const live = entry.live === undefined ? {} : { live: { ...entry.live, tldr: entry.live.tldr === null ? null : cleanText(entry.live.tldr) || null } };
    entries.push({ ...entry, ...live, title, abstract, aliases: full === null ? aliases : [...aliases, full], introduced: introducedNames(abstract, sentences), codeLinks: extractCodeLinks(abstract) });
  }
  return { file, hash, dateLabel: parsed.dateLabel, date: parsed.date, entries, warnings: capWarnings(file, parsed.warnings) };
}

/** Parses a digest file and cleans every entry (the expensive, per-file, cacheable step). */
export function prepareDigest(file: string, bytes: Uint8Array, hash = hashBytes(bytes)): PreparedDigest {
  const steps = preparing(file, bytes, hash);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Entries cleaned between two pauses of prepareDigestGently (a few milliseconds of work). */
const ENTRIES_PER_STEP = 4;

/**
 * prepareDigest for the serving thread: the same result, with `pause` every few entries so that
 * cleaning a day's list (cold code, long abstracts) never stalls the event loop for long.
 */
export async function prepareDigestGently(file: string, bytes: Uint8Array, hash: string, pause: () => Promise<void>): Promise<PreparedDigest> {
  const steps = preparing(file, bytes, hash);
  for (let n = 1; ; n += 1) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (n % ENTRIES_PER_STEP === 0) await pause();
  }
}
