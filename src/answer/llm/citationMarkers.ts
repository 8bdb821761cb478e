/**
 * Citation markers an answer may carry: `[1]`, `[1, 3]`, `[2–4]`, `[1][2]`. The only numbers an
 * answer may add to its quotes', and each must point to one of the answer's citations.
 */
export const CITATION_MARKER = /\[(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)\]/g;

/** The citation numbers each marker in `text` names, in order (`[2–4]` names 2, 3 and 4). */
export function markerNumbers(text: string): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(CITATION_MARKER)) {
    for (const part of (match[1] ?? '').split(/\s*[,;]\s*/)) {
      const [from, to] = part.split(/\s*[–-]\s*/).map(Number);
      if (from === undefined) continue;
      // A range is expanded only when it is short; `[1-999]` names its two ends, each checked.
      if (to === undefined || to < from || to - from >= 20) out.push(...(to === undefined ? [from] : [from, to]));
      else for (let n = from; n <= to; n += 1) out.push(n);
    }
  }
  return out;
}

/** `text` without its citation markers. */
export function withoutMarkers(text: string): string {
  return text.replace(CITATION_MARKER, '');
}
