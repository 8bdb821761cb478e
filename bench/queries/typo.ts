import type { Rng } from '../prng.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One random character edit (substitute, delete, insert, swap neighbours) inside a word. */
export function editWord(rng: Rng, word: string): string {
  if (word.length < 2) return word;
  const i = rng.int(1, word.length - 1);
  switch (rng.int(0, 3)) {
    case 0:
      return `${word.slice(0, i)}${rng.pick([...LETTERS])}${word.slice(i + 1)}`;
    case 1:
      return `${word.slice(0, i)}${word.slice(i + 1)}`;
    case 2:
      return `${word.slice(0, i)}${rng.pick([...LETTERS])}${word.slice(i)}`;
    default:
      return `${word.slice(0, i - 1)}${word[i] ?? ''}${word[i - 1] ?? ''}${word.slice(i + 1)}`;
  }
}

/** A title fragment of 3–6 consecutive words with 1–2 typos in its longer words. */
export function typoFragment(rng: Rng, title: string): string {
  const tokens = title.split(/\s+/);
  const length = Math.min(tokens.length, rng.int(3, 6));
  const start = rng.int(0, tokens.length - length);
  const fragment = tokens.slice(start, start + length);
  const long = fragment.map((w, i) => (w.length >= 5 ? i : -1)).filter((i) => i >= 0);
  const edits = Math.min(long.length, rng.int(1, 2));
  for (const i of rng.shuffle(long).slice(0, edits)) fragment[i] = editWord(rng, fragment[i] ?? '');
  return fragment.join(' ');
}
