import { scanUtf8, type Utf8Scan } from './scanUtf8.js';
import { decodeWindows1252 } from './windows1252.js';

/** Result of turning a digest file's bytes into text. */
export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Lines named, one by one, in the warnings about bad bytes of a file that is otherwise UTF-8. */
export const MAX_BAD_BYTE_LINES = 10;

/**
 * Whether bytes that are not all valid UTF-8 are in another encoding altogether: no well-formed
 * multi-byte sequence at all, or ill-formed ones outnumbering them four to one. A UTF-8 file with a
 * few bad bytes keeps its UTF-8 (its ε must not become Îµ).
 */
export function looksLegacyEncoded(scan: Utf8Scan): boolean {
  return scan.invalid > 0 && (scan.multibyte === 0 || scan.invalid > 4 * scan.multibyte);
}

/**
 * Decodes a digest file: UTF-8 (BOM stripped). A file that is clearly in another encoding is read
 * as Windows-1252 with a warning; a UTF-8 file with some bad bytes keeps its UTF-8, each bad
 * sequence replaced by U+FFFD and named by line in a warning. Empty and binary files are refused
 * with a reason, so the caller can report them and go on.
 */
export function decodeDigest(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: `digest-loader: ${file}: file is empty` };
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return { ok: false, reason: `digest-loader: ${file}: looks binary (contains NUL bytes); skipped` };
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  if (control > sample.length * 0.1) {
    return { ok: false, reason: `digest-loader: ${file}: looks binary (${control} control bytes in the first ${sample.length}); skipped` };
  }
  let text: string;
  const warnings: string[] = [];
  try {
    text = utf8.decode(bytes);
  } catch {
    const scan = scanUtf8(bytes, MAX_BAD_BYTE_LINES);
    if (looksLegacyEncoded(scan)) {
      text = decodeWindows1252(bytes);
      warnings.push(`digest-loader: ${file}: not valid UTF-8; read as Windows-1252`);
    } else {
      text = utf8Lenient.decode(bytes);
      warnings.push(...badByteWarnings(file, scan));
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, reason: `digest-loader: ${file}: file has no text` };
  return { ok: true, text, warnings };
}

function badByteWarnings(file: string, scan: Utf8Scan): string[] {
  const out = scan.lines.map((line) => `digest-loader: ${file}:${line}: invalid UTF-8 replaced with U+FFFD`);
  const more = scan.badLines - scan.lines.length;
  if (more > 0) out.push(`digest-loader: ${file}: … and ${more} more lines with invalid UTF-8 replaced with U+FFFD`);
  return out;
}
