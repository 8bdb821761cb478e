/** A quote cut from a longer sentence: still a verbatim substring, with where it was cut. */
export interface Clipped {
  text: string;
  cutStart: boolean;
  cutEnd: boolean;
}

const CLAUSE = /[,;:–—]\s|\s[–—]\s|\s\(/g;

/**
 * Cuts a sentence longer than `max` to the part around `focus` (a character position), at clause
 * or word boundaries, without changing a character: the result is a substring of the sentence.
 */
export function clipQuote(sentence: string, focus: number, max: number): Clipped {
  if (sentence.length <= max) return { text: sentence, cutStart: false, cutEnd: false };
  const at = Math.min(Math.max(0, focus), sentence.length - 1);
  // Clause starts before the focus, and ends after it, as candidate cut points.
  const breaks = [0, ...[...sentence.matchAll(CLAUSE)].map((m) => m.index + 1), sentence.length];
  let start = 0;
  for (const b of breaks) if (b <= at && at - b < max * 0.6) { start = b; break; }
  let end = Math.min(sentence.length, start + max);
  const clauseEnd = breaks.filter((b) => b > at && b <= end).at(-1);
  if (clauseEnd !== undefined && clauseEnd - start >= max * 0.5) end = clauseEnd;
  else if (end < sentence.length) {
    const space = sentence.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  if (start > 0) {
    const space = sentence.indexOf(' ', start);
    if (!/\s/.test(sentence[start - 1] ?? ' ') && space !== -1 && space < at) start = space;
  }
  const raw = sentence.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/[\s,;:(–—]+$/u, '');
  return { text, cutStart: start + lead > 0, cutEnd: start + lead + text.length < sentence.length };
}
