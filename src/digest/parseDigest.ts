import { decodeDigest } from './decodeDigest.js';
import { parseFeedJson } from './parseFeedJson.js';
import { parseTextDigest } from './parseTextDigest.js';
import type { ParsedDigest } from './schema.js';

/** Parses one digest file's bytes, whichever layout it has (text page scrape or JSON feed). */
export function parseDigest(file: string, bytes: Uint8Array): ParsedDigest {
  const decoded = decodeDigest(file, bytes);
  if (!decoded.ok) return { file, dateLabel: null, date: null, entries: [], warnings: [decoded.reason] };
  const looksJson = file.toLowerCase().endsWith('.json') || /^\s*\[/.test(decoded.text.slice(0, 64));
  const parsed = looksJson ? parseFeedJson(file, decoded.text) : parseTextDigest(file, decoded.text);
  if (parsed.entries.length === 0 && parsed.warnings.length === 0) {
    parsed.warnings.push(`digest-loader: ${file}: no papers found`);
  }
  return { ...parsed, warnings: [...decoded.warnings, ...parsed.warnings] };
}
