import { analyze, processTerm, tokenize } from '../../search/analyze.js';
import { SYNONYMS } from '../lexicon/questionLexicon.js';

/** The index terms of a piece of text (stemmed, stop words dropped), as a set. */
export function termSet(text: string): Set<string> {
  return new Set(analyze(text));
}

/** What `termsFor` needs to know of the wanted terms: the first letters any match must share. */
export type TermPrefixes = ReadonlySet<string>;

/** The three-letter starts of wanted terms and of their synonyms (a match always shares one). */
export function termPrefixes(wanted: readonly string[]): TermPrefixes {
  const out = new Set<string>();
  for (const term of wanted) for (const alt of [term, ...synonymsOf(term)]) out.add(alt.slice(0, 3));
  return out;
}

/**
 * The index terms of a text that could match the wanted terms: like `termSet`, but only words
 * sharing a wanted term's first letters are stemmed, which keeps scoring many abstracts cheap.
 */
export function termsFor(text: string, prefixes: TermPrefixes): Set<string> {
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    if (!prefixes.has(token.slice(0, 3))) continue;
    const term = processTerm(token);
    if (term !== null) out.add(term);
  }
  return out;
}

function related(a: string, b: string): boolean {
  if (a === b) return true;
  // Stems of one word family that the stemmer leaves apart ("quantiz" / "quantization").
  return a.length >= 5 && b.length >= 5 && (a.startsWith(b) || b.startsWith(a));
}

// A named piece of hardware ("h100s", "a6000"): a GPU in general does not answer for it.
const SPECIFIC_MODEL = /^(?:[a-z]\d{2,4}|a6000|rtx\d*|blackwel\w*|hopper|ampere)s?$/;

function synonymsOf(term: string): readonly string[] {
  if (SPECIFIC_MODEL.test(term)) return term.endsWith('s') ? [term.slice(0, -1)] : [];
  const out: string[] = [];
  for (const group of SYNONYMS) {
    if (group.some((g) => related(g, term) || (g.length >= 4 && term.startsWith(g)))) out.push(...group);
  }
  return out;
}

/** Whether a text's terms include `term`, a word of its family, or a listed synonym. */
export function hasTerm(terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true;
  const alternatives = [term, ...synonymsOf(term)];
  for (const t of terms) {
    for (const alt of alternatives) {
      if (related(t, alt) || (alt.length >= 4 && alt !== term && t.startsWith(alt))) return true;
    }
  }
  return false;
}

/** The terms of `wanted` found in `terms`. */
export function matchedTerms(terms: ReadonlySet<string>, wanted: readonly string[]): string[] {
  return wanted.filter((w) => hasTerm(terms, w));
}
