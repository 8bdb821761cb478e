import { BARE_URL_HINT, SCHEME_URL_HINT, urlPattern } from './urls.js';

/** A sentence of a text and where it sits, so a quote of it is always a verbatim substring. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence ("e.g.", "et al.", "Fig. 3", "vs.").
const ABBREVIATIONS = new Set(
  'e.g i.e et al cf vs fig figs eq eqs sec secs tab no nos ref refs resp approx viz dr mr ms mrs prof st jr inc ltd co thm lem def prop cor ch pp vol ed eds w.r.t a.k.a ph.d u.s e.t.c est min max avg'.split(' '),
);

const URL = urlPattern();

function protectedRanges(text: string): Array<[number, number]> {
  if (!SCHEME_URL_HINT.test(text) && !BARE_URL_HINT.test(text)) return [];
  return [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
}

function inRanges(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e - 1);
}

/** The word right before position `at` (the period's position), lower-cased, dots kept inside. */
function wordBefore(text: string, at: number): string {
  const match = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at));
  return (match?.[1] ?? '').toLowerCase().replace(/^\.+/, '');
}

function isBoundary(text: string, at: number, ranges: ReadonlyArray<[number, number]>): boolean {
  const mark = text[at];
  const rest = text.slice(at + 1, at + 4);
  if (mark === '.' && inRanges(ranges, at)) return false;
  if (mark === '.') {
    const word = wordBefore(text, at);
    if (ABBREVIATIONS.has(word)) return false;
    // An initial ("J. Smith") or a one-letter label ("Part I.") rarely ends a sentence mid-abstract.
    if (/^\p{Lu}$/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? ' ')) return false;
    // A missing space after a period ("concepts.To tackle") still ends the sentence.
    if (/^\p{Lu}\p{Ll}/u.test(rest) && /\p{Ll}{2}$/u.test(text.slice(at - 2, at))) return true;
  }
  // Otherwise a sentence ends at .!? followed by space (or closing quote/bracket) and a capital,
  // digit, bracket or quote; or at the end of the text.
  const after = /^["'”’)\]]*\s+["'“‘([]?[\p{Lu}\p{N}]/u.exec(text.slice(at + 1, at + 8));
  return after !== null;
}

/**
 * Splits an abstract into sentences, coping with abbreviations (e.g., i.e., et al., Fig., vs.),
 * decimals (3.5), URLs and a missing space after a period. Offsets index the original text.
 */
export function splitSentences(text: string): Sentence[] {
  const ranges = protectedRanges(text);
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (!isBoundary(text, i, ranges)) continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end] ?? '')) end += 1;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}
