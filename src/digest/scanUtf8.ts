/** What a pass over bytes as UTF-8 found: sequences that decode, those that don't, and where. */
export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (any non-ASCII text in UTF-8 has some). */
  multibyte: number;
  /** Ill-formed sequences (each becomes one U+FFFD, as TextDecoder counts them). */
  invalid: number;
  /** How many lines hold an ill-formed sequence. */
  badLines: number;
  /** The first `maxLines` of those lines (1-based). */
  lines: number[];
}

// For each lead byte, the range the first continuation byte must fall in (WHATWG / Unicode table 3-7).
function secondRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Scans bytes as UTF-8 without decoding them, counting good and bad sequences by line. */
export function scanUtf8(bytes: Uint8Array, maxLines = 20): Utf8Scan {
  const scan: Utf8Scan = { multibyte: 0, invalid: 0, badLines: 0, lines: [] };
  let lastBad = 0;
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      if (lead === 0x0a) line += 1;
      i += 1;
      continue;
    }
    const length = sequenceLength(lead);
    let good = 1;
    while (length > 0 && good < length) {
      const byte = bytes[i + good];
      const [low, high] = good === 1 ? secondRange(lead) : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) break;
      good += 1;
    }
    if (length > 0 && good === length) {
      scan.multibyte += 1;
    } else {
      scan.invalid += 1;
      if (line !== lastBad) {
        lastBad = line;
        scan.badLines += 1;
        if (scan.lines.length < maxLines) scan.lines.push(line);
      }
    }
    // An ill-formed sequence ends before the byte that broke it, which is read afresh.
    i += length > 0 ? good : 1;
  }
  return scan;
}
