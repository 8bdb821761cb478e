/**
 * How an abstract introduces the names in it, decided once, at ingest, and kept on the paper
 * record (`Paper.introduced`) so that /ask and lookup read it instead of deciding again.
 *
 * A word typed like a name is introduced `own` when the abstract presents it as its own method —
 * a naming verb a few words before it ("we propose X", "called X"), an appositive ("X, a …",
 * "X (…), the …") or a definition ("X is a …") — and `acronym` when it is only spelled out in
 * parentheses ("Low-Rank Adaptation (LoRA)"), which says the paper uses the term, not that it is
 * the paper's. For each, the record keeps the sentence that introduces it (offsets into the
 * abstract) and, for an acronym, the words it abbreviates as the abstract spells them out.
 *
 * Invariant (test/digest/introducedNames.test.ts): for every word `w` of an abstract shaped like a
 * name, the record says `own` exactly when the old per-question regex found `w` introduced as the
 * paper's own, and `acronym` exactly when it found only `(w)`.
 */

import { words as foldedWords } from '../text/fold.js';
import type { Sentence } from '../text/splitSentences.js';
import type { IntroducedName } from './schema.js';
import { APPOSITIVE_ARTICLES, DEFINITION_ARTICLES, DEFINITION_VERBS, NAMING_CUES } from './lexicon/namingCues.js';

/** Words that a question may use as a name: typed like one (capitals, digits) or capitalized. */
export function isNameShaped(text: string): boolean {
  return /\p{Ll}\p{Lu}|\p{Lu}{2}|\p{L}\d|\d\p{L}/u.test(text) || /^\p{Lu}\p{Ll}+$/u.test(text) || ACRONYM_ALIAS.test(text);
}

const ACRONYM_ALIAS = /^[\p{Lu}\p{N}-]{2,}s?$/u;
const ALNUM = /[\p{L}\p{N}]/u;
const NAME_END = /[\p{L}\p{N}+]/u;
const alt = (list: readonly string[]): string => list.join('|');

// No word boundary before a cue: "represent X" counts, as it always has.
const CUE_RE = new RegExp(`(?:${alt(NAMING_CUES)})(?=\\s)`, 'g');
const APPOSITIVE_RE = new RegExp(`,\\s+(?:${alt(APPOSITIVE_ARTICLES)})\\s`, 'g');
const DEFINITION_RE = new RegExp(`\\s+(?:${alt(DEFINITION_VERBS)})\\s+(?:${alt(DEFINITION_ARTICLES)})\\s`, 'g');
const WORDS_AFTER_CUE = 4;

/** The prefixes of `word` that end where a name may end (before a non-letter, non-digit). */
function prefixes(word: string): string[] {
  const out: string[] = [];
  for (let end = 1; end <= word.length; end += 1) {
    if (NAME_END.test(word[end - 1] ?? '') && !ALNUM.test(word[end] ?? '')) out.push(word.slice(0, end));
  }
  return out;
}

/** The suffixes of the non-space run ending at `end` that start where a name may start. */
function suffixesBefore(text: string, end: number): string[] {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1] ?? ' ')) start -= 1;
  const out: string[] = [];
  for (let s = start; s < end; s += 1) {
    if (ALNUM.test(text[s] ?? '') && !ALNUM.test(text[s - 1] ?? '') && NAME_END.test(text[end - 1] ?? '')) out.push(text.slice(s, end));
  }
  return out;
}

/** Where a name just before `comma` may end: at the comma, or before a parenthetical `(…)` right before it. */
function appositiveEnds(text: string, comma: number): number[] {
  const ends = [comma];
  if (text[comma - 1] !== ')') return ends;
  for (let open = comma - 2; open >= Math.max(0, comma - 62); open -= 1) {
    const c = text[open];
    if (c === ')') break;
    if (c !== '(' || comma - 1 - open - 1 < 1) continue;
    let end = open;
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end -= 1;
    ends.push(end);
  }
  return ends;
}

/** The names an abstract introduces, each once (`own` wins over `acronym`), in order of appearance. */
export function introducedNames(abstract: string, sentences: readonly Sentence[]): IntroducedName[] {
  const found = new Map<string, IntroducedName>();
  const sentenceAt = (at: number): [number, number] | null => {
    const s = sentences.find((x) => at >= x.start && at < x.end);
    return s === undefined ? null : [s.start, s.end];
  };
  const add = (name: string, how: 'own' | 'acronym', at: number): void => {
    if (!ALNUM.test(name[0] ?? '') || !isNameShaped(name)) return;
    const seen = found.get(name);
    if (seen !== undefined && (seen.how === 'own' || how === 'acronym')) return;
    found.set(name, { name, how, spelledOut: spelledOut(abstract, name), sentence: sentenceAt(at) });
  };
  for (const cue of abstract.matchAll(CUE_RE)) {
    const rest = abstract.slice(cue.index + cue[0].length);
    const run = /^\s+/.exec(rest);
    if (run === null) continue;
    const after = rest.slice(run[0].length).split(/\s+/, WORDS_AFTER_CUE);
    for (const word of after) {
      const bare = /^["“']/.test(word) ? word.slice(1) : word;
      for (const name of [...prefixes(word), ...prefixes(bare)]) add(name, 'own', cue.index);
    }
  }
  for (const m of abstract.matchAll(APPOSITIVE_RE)) {
    for (const end of appositiveEnds(abstract, m.index)) for (const name of suffixesBefore(abstract, end)) add(name, 'own', end - 1);
  }
  for (const m of abstract.matchAll(DEFINITION_RE)) {
    for (const name of suffixesBefore(abstract, m.index)) add(name, 'own', m.index - 1);
  }
  for (const m of abstract.matchAll(/\(([^()\s]+)\)/gu)) add(m[1] ?? '', 'acronym', m.index);
  return [...found.values()];
}

/**
 * The words an acronym abbreviates, as the abstract spells them before its first `(ACRONYM)`
 * ("Trained Rank Pruning (TRP)"): as many words as it has capitals (2–8), after the last clause
 * break, kept when their initials hold its first two letters. Null when there are none.
 */
export function spelledOut(abstract: string, name: string): string | null {
  if (!ACRONYM_ALIAS.test(name)) return null;
  const at = abstract.indexOf(`(${name})`);
  if (at <= 0) return null;
  const before = abstract.slice(Math.max(0, at - 120), at).trim().split(/\s+/);
  const letters = name.replace(/[^\p{Lu}]/gu, '').length;
  const phrase = before.slice(-Math.min(8, Math.max(2, letters))).join(' ').replace(/^.*?[,;:.]\s*/, '');
  const initials = foldedWords(phrase).map((w) => w[0]).join('');
  return phrase.length > 0 && initials.includes(name.toLowerCase().replace(/[^a-z]/g, '').slice(0, 2)) ? phrase : null;
}
