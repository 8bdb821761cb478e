import { createHash } from 'node:crypto';
import { words } from '../text/fold.js';
import { GREEK } from './greekLetters.js';

/** Longest id we hand out: it must fit in a 100-character button custom id with room to spare. */
export const MAX_ID_LENGTH = 64;

// A lone Greek letter in a title is a symbol (`Δ-Tuning`, `α-Stationarity`): spelled by its name.
const GREEK_LETTER_NAMES = new Map(Object.entries(GREEK).filter(([name]) => /^[a-z]+$/.test(name) && !name.startsWith('var')).map(([name, letter]) => [letter, name]));

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** One folded title word as ASCII id material, and whether that lost nothing. */
function asciiWord(word: string): { ascii: string; exact: boolean } {
  if (/^[a-z0-9]+$/.test(word)) return { ascii: word, exact: true };
  return { ascii: GREEK_LETTER_NAMES.get(word) ?? word.replace(/[^a-z0-9]/g, ''), exact: false };
}

/**
 * The stable id of a paper: a slug of its normalized title ("edge-moe-memory-efficient-…"), always
 * matching the record schema's `^[a-z0-9]+(?:-[a-z0-9]+)*$` and at most MAX_ID_LENGTH characters,
 * whatever the title's script. A title of ASCII words is its slug (long slugs are cut at a word
 * boundary and suffixed with a short hash of the full slug, so two long titles sharing a prefix
 * still get different ids). Words outside ASCII lose information in the slug (lone Greek letters
 * are spelled by name, other letters dropped), so such an id always ends in 8 hex digits of the
 * title key's SHA-1 — `Δ Tuning` and `Delta Tuning` stay apart — and a title with no ASCII left
 * (Greek, CJK, Cyrillic, emoji) is `paper-<hash>`.
 */
export function paperId(title: string): string {
  const parts = words(title).map(asciiWord);
  const slug = parts.map((p) => p.ascii).filter((a) => a.length > 0).join('-');
  if (parts.every((p) => p.exact) && slug.length > 0) {
    if (slug.length <= MAX_ID_LENGTH) return slug;
    return withSuffix(slug, sha1(slug).slice(0, 6));
  }
  const hash = sha1(titleKey(title)).slice(0, 8);
  return slug.length === 0 ? `paper-${hash}` : withSuffix(slug, hash);
}

function withSuffix(slug: string, hash: string): string {
  const room = MAX_ID_LENGTH - hash.length - 1;
  let cut = slug.slice(0, room);
  const lastDash = cut.lastIndexOf('-');
  if (cut.length < slug.length && lastDash > room / 2) cut = cut.slice(0, lastDash);
  return `${cut.replace(/-+$/, '')}-${hash}`;
}

/**
 * The key two digest entries must share to be the same paper: the title's folded words, or, for a
 * title without any letter or digit (`🚀🚀🚀`, `?!`), the title itself normalized — never empty for
 * a non-empty title, since merging skips an empty key.
 */
export function titleKey(title: string): string {
  const key = words(title).join(' ');
  if (key.length > 0) return key;
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
