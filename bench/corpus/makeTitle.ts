import { titleKey } from '../../src/digest/paperId.js';
import type { Rng } from '../prng.js';
import { isContentWord, type RealText } from './realText.js';

/** A generated title and the method name it goes with (named in the title or only in the abstract). */
export interface NewTitle {
  title: string;
  name: string;
  key: string;
}

const CONNECTORS = new Set(['for', 'via', 'with', 'in', 'of', 'on', 'from', 'through', 'using', 'and', 'by', 'to', 'under', 'without']);
const MIN_WORDS = 6;
const MAX_WORDS = 16;
const MAX_CHARS = 190;

/** Replaces 1–3 capitalized content words with content words of other real titles. */
function swapWords(rng: Rng, text: string, vocabulary: readonly string[]): string {
  const tokens = text.split(/\s+/);
  const slots = tokens.map((t, i) => (isContentWord(t.replace(/[:,]$/, '')) ? i : -1)).filter((i) => i >= 0);
  const swaps = Math.min(slots.length, rng.int(1, 3));
  for (const slot of rng.shuffle(slots).slice(0, swaps)) {
    const old = tokens[slot] ?? '';
    const tail = /[:,]$/.test(old) ? old.slice(-1) : '';
    tokens[slot] = `${rng.pick(vocabulary)}${tail}`;
  }
  return tokens.join(' ');
}

/** The start of title A up to a connector word, then the rest of title B from its connector. */
function splice(rng: Rng, a: string, b: string): string | null {
  const ta = a.split(/\s+/);
  const tb = b.split(/\s+/);
  const cutsA = ta.map((w, i) => (i >= 2 && CONNECTORS.has(w) ? i : -1)).filter((i) => i >= 0);
  const cutsB = tb.map((w, i) => (i >= 1 && i < tb.length - 1 && CONNECTORS.has(w) ? i : -1)).filter((i) => i >= 0);
  if (cutsA.length === 0 || cutsB.length === 0) return null;
  return [...ta.slice(0, rng.pick(cutsA)), ...tb.slice(rng.pick(cutsB))].join(' ');
}

function candidate(rng: Rng, real: RealText, makeName: (subtitle: string) => string): { title: string; name: string } {
  const roll = rng.next();
  if (roll < 0.35) {
    // "Name: subtitle", as a third of real titles are.
    const subtitle = rng.chance(0.6) ? swapWords(rng, rng.pick(real.subtitles), real.titleWords) : rng.pick(real.subtitles);
    const name = makeName(subtitle);
    return { title: `${name}: ${subtitle}`, name };
  }
  const base = rng.pick(real.titles).replace(/^[^:]{1,40}:\s+/, '');
  const spliced = roll < 0.7 ? splice(rng, base, rng.pick(real.titles).replace(/^[^:]{1,40}:\s+/, '')) : null;
  const title = spliced ?? swapWords(rng, base, real.titleWords);
  return { title, name: makeName(title) };
}

/** A new title, distinct (by normalized key) from every title in `keys`, which it joins. */
export function makeTitle(rng: Rng, real: RealText, keys: Set<string>, makeName: (subtitle: string) => string): NewTitle {
  for (;;) {
    const { title, name } = candidate(rng, real, makeName);
    const count = title.split(/\s+/).length;
    if (count < MIN_WORDS || count > MAX_WORDS || title.length > MAX_CHARS || /[.]$/.test(title)) continue;
    const key = titleKey(title);
    if (key.length === 0 || keys.has(key)) continue;
    keys.add(key);
    return { title, name, key };
  }
}
