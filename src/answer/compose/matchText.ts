// Typography that differs between an abstract and a model's rendering of it without changing a
// word: every kind of quote, dash and ellipsis, and compatibility forms (NFKC: `ﬁ` → `fi`).
const TYPOGRAPHY: readonly (readonly [RegExp, string])[] = [
  [/[“”„‟«»‹›「」『』＂]/g, '"'],
  [/[‘’‚‛`´]/g, "'"],
  [/[‐‑‒–—―−﹘﹣－]/g, '-'],
  [/…/g, '...'],
];

/**
 * Text as a quotation is compared: NFKC, quotes straightened, dashes and ellipses spelled in
 * ASCII, lower case, whitespace collapsed. Two texts that read the same compare equal.
 */
export function matchText(text: string): string {
  let out = text.normalize('NFKC');
  for (const [pattern, plain] of TYPOGRAPHY) out = out.replace(pattern, plain);
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether `quotation` is in `source` once both are compared as `matchText` reads them. An ellipsis
 * (or `[…]`) inside the quotation marks an elision: each part must be there, in order.
 */
export function quotationFound(source: string, quotation: string): boolean {
  const haystack = matchText(source);
  const parts = matchText(quotation)
    .replace(/\[\s*\.\.\.\s*\]/g, '...')
    .split('...')
    // Punctuation at a part's ends is the quoting sentence's, not the abstract's ("…fast.”).
    .map((part) => part.replace(/^[\s,;:.!?]+|[\s,;:.!?]+$/g, ''))
    .filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}
