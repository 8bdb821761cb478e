import { BARE_URL_HINT, SCHEME_URL_HINT, urlPattern } from './urls.js';

/**
 * The one sentence splitter (the loader's name extraction and /ask's quotes both use it), one
 * linear pass: a sentence ends at `.`, `!` or `?` (closing quotes and brackets kept with it)
 * followed by a space and a capital, digit, bracket or quote — but not after the field's
 * abbreviations ("e.g.", "et al.", "Fig. 3"), an initial ("H. Barlow") or inside a URL; and also
 * where a period lacks its space ("concepts.To tackle"). Offsets index the original text, so a
 * quote of a sentence is always a verbatim substring. (Intl.Segmenter with these corrections was
 * measured: same quality, but about 3× slower, which pushed a first start's indexing past the
 * 2-second hold for early interactions; see the README.)
 */

/** A sentence of a text and where it sits, so a quote of it is always a verbatim substring. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words whose trailing period does not end a sentence ("e.g.", "et al.", "Fig. 3", "vs."), lower-cased. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
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

/** Whether the `.`, `!` or `?` at `at` ends a sentence. */
function isBoundary(text: string, at: number, ranges: ReadonlyArray<[number, number]>): boolean {
  const mark = text[at];
  if (mark === '.') {
    if (inRanges(ranges, at) || ABBREVIATIONS.has(wordBefore(text, at))) return false;
    // An initial ("J. Smith") or a one-letter label ("Part I.") rarely ends a sentence mid-abstract.
    if (/^\p{Lu}$/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? ' ')) return false;
    // A missing space after a period ("concepts.To tackle") still ends the sentence.
    if (/^\p{Lu}\p{Ll}/u.test(text.slice(at + 1, at + 3)) && /\p{Ll}{2}$/u.test(text.slice(at - 2, at))) return true;
  }
  // Otherwise a sentence ends at .!? followed by space (or closing quote/bracket) and a capital,
  // digit, bracket or quote; or at the end of the text.
  return /^["'”’)\]]*\s+["'“‘([]?[\p{Lu}\p{N}]/u.test(text.slice(at + 1, at + 8));
}

/** Splits an abstract into sentences. Offsets index the original text. */
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
