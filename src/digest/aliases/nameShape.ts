// What a name looks like, for alias extraction (src/digest/extractAliases.ts).
import { GENERIC, HEAD_NOUN_LIST, MIXED_CASE_GENERIC } from '../lexicon/genericNames.js';

/** A head noun alone ("algorithm", "frameworks"): generic after a name. */
export const GENERIC_TAIL = new RegExp(`^(?:${HEAD_NOUN_LIST.join('|')})s?$`, 'i');

const MAX_LENGTH = 40;

/** Mixed case, several capitals, letters with digits or a file extension: `ZipCache`, `LASP-2`, `Bitnet.cpp`. */
export function isCoined(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false;
  const capitals = (word.match(/\p{Lu}/gu) ?? []).length;
  return capitals >= 2 || /\p{Ll}\p{Lu}/u.test(word) || (/\p{L}/u.test(word) && /\p{N}/u.test(word)) || /^\p{Lu}[\p{L}\p{N}]*\.[a-z]{1,4}$/u.test(word);
}

export function isAcronymLike(word: string): boolean {
  return (word.match(/\p{Lu}/gu) ?? []).length >= 2 || (isCoined(word) && /^\p{Lu}/u.test(word));
}

export function isGeneric(word: string): boolean {
  const forms = [word, word.replace(/s$/, ''), word.replace(/-\d+(?:\.\d+)?[BbKkMm]?$/, '')];
  return forms.some((form) =>
    // Unusual capitals make a new name of a generic word (`TransfORmers`), unless that is how the
    // generic name is spelled (`LLaMA`, `RoBERTa`, `MoE`).
    /\p{Ll}\p{Lu}/u.test(form) ? MIXED_CASE_GENERIC.has(form) : GENERIC.has(form.toLowerCase()));
}

export function trimName(name: string): string {
  return name.trim().replace(/^["“'(]+|["”'),.;:]+$/gu, '').replace(/\s+/g, ' ');
}

export function isAlias(name: string): boolean {
  if (name.length < 2 || name.length > MAX_LENGTH || !/\p{L}/u.test(name)) return false;
  if (/^(?:[IVX]+|[A-Z])$/.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 4 || words.every((w) => isGeneric(w))) return false;
  // A single lower-case word is English, not a name.
  if (words.length === 1 && !isCoined(name) && !/^\p{Lu}/u.test(name)) return false;
  return !isGeneric(name);
}
