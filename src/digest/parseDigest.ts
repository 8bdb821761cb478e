import { decodeDigest } from './decodeDigest.js';
import { parseFeedJson } from './parseFeedJson.js';
import { parseTextDigest } from './parseTextDigest.js';
import type { ParsedDigest } from './schema.js';

/** Parses one digest file's bytes, whichever layout it has (text page scrape or JSON feed). */
export function parseDigest(file: string, bytes: Uint8Array): ParsedDigest {
  const decoded = decodeDigest(file, bytes);
  if (!decoded.ok) return { file, dateLabel: null, date: null, entries: [], warnings: [decoded.reason] };
  // A `.json` file is a feed; another file is one only if it parses as JSON — a text digest may
  // well open with a stray `[` or `[{` (the parse fails at once on such a file).
  const looksJson = file.toLowerCase().endsWith('.json') || (/^\s*\[/.test(decoded.text.slice(0, 64)) && isJson(decoded.text));
  const parsed = looksJson ? parseFeedJson(file, decoded.text) : parseTextDigest(file, decoded.text);
  if (parsed.entries.length === 0 && parsed.warnings.length === 0) {
    parsed.warnings.push(`digest-loader: ${file}: no papers found`);
  }
  return { ...parsed, warnings: [...decoded.warnings, ...parsed.warnings] };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
