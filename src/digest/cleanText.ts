/**
 * Turns scraped digest text (titles and abstracts) into readable Unicode.
 *
 * The scraper flattened LaTeX math and usually dropped its backslashes, so an abstract says
 * `mathcal{O}(n log n)`, `3times speedup`, `ell_p` or `Obig(sqrt{d}{nvarepsilon}big)`. Each rule
 * below undoes one such residue. Rules are anchored (lookbehinds, bounded runs) so that no input,
 * however hostile, makes a regex backtrack quadratically, and the output is a fixed point: running
 * the cleaner twice changes nothing. Digits are never removed or merged, and names are never
 * dropped: when a rule is unsure whether a word is LaTeX or English, it leaves the word alone.
 *
 * The steps, in order, each in `clean/`: characters (entities, controls, spaces), URLs set aside,
 * escaped LaTeX commands, dollar math, bare LaTeX rules, brace groups; URLs put back.
 */

import { convertBareLatex } from './clean/bareLatex.js';
import { convertEscapedLatex } from './clean/escapedLatex.js';
import { mayHoldLatex } from './clean/latexHints.js';
import { normalizeCharacters } from './clean/normalizeCharacters.js';
import { protectUrls, restoreUrls } from './clean/protectUrls.js';
import { resolveBraces } from './clean/resolveBraces.js';
import { stripDollarMath } from './clean/stripDollarMath.js';

/** Cleans one title or abstract: LaTeX residue, entities and odd characters out, whitespace collapsed. */
export function cleanText(raw: string): string {
  const urls: string[] = [];
  let text = protectUrls(convertEscapedLatex(normalizeCharacters(raw)), urls);
  // A group resolved can expose a pattern (`{y} in R^N` → `y in R^N`), so repeat to a fixed point.
  for (let round = 0; round < 4 && mayHoldLatex(text); round++) {
    const before = text;
    // Rules see single spaces, so one whose deletion leaves two does not enable another next time.
    text = resolveBraces(convertBareLatex(stripDollarMath(text))).replace(/[\uE002-\uE006]/g, '').replace(/ {2,}/g, ' ');
    if (text === before) break;
  }
  return restoreUrls(text, urls).replace(/ {2,}/g, ' ').trim();
}
