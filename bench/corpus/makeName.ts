import type { Rng } from '../prng.js';
import { isContentWord } from './realText.js';

/**
 * A new method name made of real name pieces ("Zip" + "Former"), or an acronym of the subtitle's
 * content words ("Optimal Linear Subspace Search" → OLSS), as real papers name themselves.
 * `taken` keeps names unique across the corpus (a number is appended after a few clashes).
 */
export function makeName(rng: Rng, chunks: readonly string[], subtitle: string, taken: Set<string>): string {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const name = candidate(rng, chunks, subtitle);
    if (name.length >= 3 && !taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
  let n = 2;
  const base = candidate(rng, chunks, subtitle);
  while (taken.has(`${base}-${n}`.toLowerCase())) n += 1;
  taken.add(`${base}-${n}`.toLowerCase());
  return `${base}-${n}`;
}

function candidate(rng: Rng, chunks: readonly string[], subtitle: string): string {
  const initials = subtitle.split(/\s+/).filter(isContentWord).map((w) => w[0] ?? '').join('');
  if (initials.length >= 3 && rng.chance(0.3)) return initials.slice(0, 6).toUpperCase();
  const parts = [rng.pick(chunks), rng.pick(chunks)];
  if (rng.chance(0.25)) parts.push(rng.pick(chunks));
  const joined = rng.chance(0.2) ? parts.join('-') : parts.join('');
  return rng.chance(0.1) ? `${joined}-${rng.int(1, 4)}` : joined;
}
