import { BARE_URL_HINT, SCHEME_URL_HINT, urlPattern } from './urls.js';

/**
 * The one sentence splitter (the loader's name extraction and /ask's quotes both use it).
 * Boundaries are Unicode's (Intl.Segmenter, UAX #29), corrected for abstracts: none after the
 * field's abbreviations ("e.g.", "et al.", "Fig. 3"), after an initial ("H. Barlow") or inside a
 * URL; one more where a period lacks its space ("concepts.To tackle"). A sentence ends at `.`, `!`
 * or `?` (closing quotes and brackets kept with it); offsets index the original text, so a quote
 * of a sentence is always a verbatim substring.
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

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const URL = urlPattern();
// "concepts.To tackle": a period between a lower-case word and a capitalized one.
const MISSING_SPACE = /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu;

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

/** Whether a boundary candidate, whose end mark is at `at`, really ends a sentence. */
function endsSentence(text: string, at: number, ranges: ReadonlyArray<[number, number]>): boolean {
  const mark = text[at];
  if (mark === '!' || mark === '?') return true;
  if (mark !== '.') return false;
  if (inRanges(ranges, at) || ABBREVIATIONS.has(wordBefore(text, at))) return false;
  // An initial ("J. Smith") or a one-letter label ("Part I.") rarely ends a sentence mid-abstract.
  return !(/^\p{Lu}$/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? ' '));
}

// Intl.Segmenter slows down quadratically with the number of sentences in one string (a 1 MB
// hostile abstract took 40 s), so longer texts are segmented in windows that end after a sentence
// mark; an abstract (a few thousand characters) is one window.
const WINDOW = 4000;
const WINDOW_END = /[.!?]["'”’)\]]*\s+/g;

/** Unicode's sentence boundaries in `text`, added to `cuts`. */
function unicodeCuts(text: string, cuts: Set<number>): void {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + WINDOW);
    if (to < text.length) {
      let last = -1;
      for (const m of text.slice(from, to).matchAll(WINDOW_END)) last = from + m.index + m[0].length;
      if (last > from) to = last;
      cuts.add(to);
    }
    for (const segment of SEGMENTER.segment(text.slice(from, to))) if (segment.index > 0) cuts.add(from + segment.index);
    from = to;
  }
}

/** Splits an abstract into sentences. Offsets index the original text. */
export function splitSentences(text: string): Sentence[] {
  const ranges = protectedRanges(text);
  const cuts = new Set<number>();
  unicodeCuts(text, cuts);
  for (const m of text.matchAll(MISSING_SPACE)) cuts.add(m.index + 1);
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    // The end mark before the cut, past the spaces, closing quotes and brackets Unicode keeps with it.
    let at = cut - 1;
    while (at > start && /\s/.test(text[at] ?? '')) at -= 1;
    while (at > start && /["'”’)\]]/.test(text[at] ?? '')) at -= 1;
    if (!endsSentence(text, at, ranges)) continue;
    push(cut);
    start = cut;
  }
  push(text.length);
  return out;
}
