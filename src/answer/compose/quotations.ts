/**
 * Quotations in a model's answer text. Each pair below opens and closes one quotation; a quote
 * character left unpaired makes the whole answer suspect (an unterminated quotation could hide
 * any words), so `findQuotations` reports it rather than guessing where the quotation ends.
 */
export const QUOTE_PAIRS: readonly (readonly [open: string, close: string])[] = [
  ['"', '"'], // "straight"
  ['“', '”'], // “English”
  ['„', '“'], // „German“
  ['„', '”'], // „Polish”
  ['‘', '’'], // ‘single’ (a lone ’ is an apostrophe: "the model’s")
  ['‚', '‘'], // ‚German single‘
  ['«', '»'], // «French»
  ['»', '«'], // »German guillemets«
  ['‹', '›'], // ‹single guillemets›
  ['「', '」'], // 「Japanese」
  ['『', '』'], // 『Japanese double』
];

/** One quotation: its inner text and where it sits in the answer (offsets of the quote marks). */
export interface Quotation {
  text: string;
  start: number;
  end: number;
}

const OPENERS = new Set(QUOTE_PAIRS.map(([open]) => open));
// ’ closes ‘ but is also an apostrophe; ‘ and other openers never are.
const APOSTROPHES = new Set(['’', "'"]);

/** The quotations in `text`, or null when a quote mark is left unpaired. */
export function findQuotations(text: string): Quotation[] | null {
  const out: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (!OPENERS.has(c) && !isStrayCloser(c)) {
      i += 1;
      continue;
    }
    if (!OPENERS.has(c)) return null;
    const end = closingIndex(text, i, c);
    if (end === -1) return null;
    out.push({ text: text.slice(i + 1, end), start: i, end: end + 1 });
    i = end + 1;
  }
  return out;
}

function isStrayCloser(c: string): boolean {
  return !APOSTROPHES.has(c) && QUOTE_PAIRS.some(([, close]) => close === c);
}

/** Where the quotation opened at `at` closes: the nearest closer of any pair that `open` starts. */
function closingIndex(text: string, at: number, open: string): number {
  const closers = QUOTE_PAIRS.filter(([o]) => o === open).map(([, close]) => close);
  for (let j = at + 1; j < text.length; j += 1) {
    const c = text[j] ?? '';
    if (!closers.includes(c)) continue;
    // ’ followed by a letter is an apostrophe inside the quotation (‘the model’s output’).
    if (c === '’' && /\p{L}/u.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}
