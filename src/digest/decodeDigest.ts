/** Result of turning a digest file's bytes into text. */
export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder('windows-1252');

/**
 * Decodes a digest file: UTF-8 (BOM stripped), falling back to Windows-1252 with a warning.
 * Empty and binary files are refused with a reason, so the caller can report them and go on.
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
    text = latin1.decode(bytes);
    warnings.push(`digest-loader: ${file}: not valid UTF-8; read as Windows-1252`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, reason: `digest-loader: ${file}: file has no text` };
  return { ok: true, text, warnings };
}
