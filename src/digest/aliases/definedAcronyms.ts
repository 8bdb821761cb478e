// Acronyms a sentence defines after a cue ("we propose Trained Rank Pruning (TRP)"), for alias extraction.
import { LOWER_WORDS_IN_NAMES } from '../lexicon/genericNames.js';
import { GENERIC_TAIL, isAcronymLike, isCoined, isGeneric } from './nameShape.js';

/**
 * Acronyms defined within a few words after a cue: "we propose Trained Rank Pruning (TRP)". The
 * words spelling the acronym must be capitalized, as a name's are: "unsigned distance functions
 * (UDFs)" or "fractional Brownian motion (fBM)" are terms of the field, not the paper's.
 */
export function definedAcronyms(sentence: string, cueEnd: number): string[] {
  const out: string[] = [];
  const window = sentence.slice(cueEnd, cueEnd + 180);
  for (const match of window.matchAll(/\(([\p{L}\p{N}][\p{L}\p{N}+.-]{0,30}[\p{L}\p{N}+])\)/gu)) {
    const acronym = match[1] ?? '';
    if (!isAcronymLike(acronym) || /^\p{Ll}[^-]{0,3}$|^\p{Ll}{2}/u.test(acronym.split('-')[0] ?? '')) continue;
    // "… Embedding (OCE) property introduced in [Song and Yu]" is someone else's.
    const after = window.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (/^\s*(?:[\w-]+\s+){0,2}(?:introduced|proposed|developed|defined|studied)\s+(?:in|by)\b|^\s*\[/u.test(after)) continue;
    const before = window.slice(0, match.index).split(/\s+/).filter((w) => w.length > 0);
    // A mixed-case acronym is a coinage even when its words are lower-case ("… activations (PolyCom)").
    const phrase = spellingPhrase(acronym, before, /\p{Ll}\p{Lu}/u.test(acronym));
    if (phrase === null) continue;
    // The phrase must start within a few words of the cue, and not after the name the sentence
    // introduced ("We present EGN, a … that combines the generalized Gauss-Newton (GN) …").
    const between = before.slice(0, before.length - phrase.length);
    if (between.length <= 9 && !between.some((w) => w.endsWith(',') && isCoined(w.slice(0, -1)) && !isGeneric(w.slice(0, -1)))) out.push(acronym);
  }
  return out;
}

/**
 * The shortest run of words just before the acronym whose initials spell its capitals in order
 * ("Trained Rank Pruning" for TRP, "Eigenspace Low-Rank Approximation" for EoRA), if every word in
 * it is capitalized or a small connector; a trailing head noun ("… Bound algorithm (GFUCB)") is allowed.
 */
function spellingPhrase(acronym: string, wordsBefore: readonly string[], anyCase: boolean): string[] | null {
  const capitals = acronym.replace(/s$/, '').replace(/^\p{Ll}+-/u, '').replace(/[^\p{Lu}\p{N}]/gu, '');
  if (capitals.length < 2) return null;
  let words = [...wordsBefore];
  if (words.length > 0 && GENERIC_TAIL.test(words.at(-1) ?? '')) words = words.slice(0, -1);
  for (let k = 1; k <= Math.min(words.length, capitals.length + 4); k++) {
    const phrase = words.slice(-k);
    const first = phrase[0] ?? '';
    if (!anyCase && !/^[\p{Lu}\p{N}]/u.test(first.replace(/^[("“']+/u, ''))) continue;
    if (!anyCase && !phrase.every((w) => /^[("“']*[\p{Lu}\p{N}]/u.test(w) || LOWER_WORDS_IN_NAMES.has(w) || isCoined(w))) return null;
    if (spells(capitals, phrase)) return phrase;
  }
  return null;
}

function spells(capitals: string, phrase: readonly string[]): boolean {
  const initials = phrase
    .filter((w) => !LOWER_WORDS_IN_NAMES.has(w))
    .flatMap((w) => w.split('-'))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w.length > 0)
    .flatMap((w) => [...w].filter((ch, i) => i === 0 || /[\p{Lu}\p{N}]/u.test(ch)))
    .join('')
    .toUpperCase();
  if (!initials.startsWith(capitals[0] ?? '')) return false;
  let at = 0;
  for (const ch of capitals.slice(1)) {
    at = initials.indexOf(ch, at + 1);
    if (at === -1) return false;
  }
  return true;
}
