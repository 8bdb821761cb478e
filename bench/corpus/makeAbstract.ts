import { words } from '../../src/text/fold.js';
import type { Rng } from '../prng.js';
import type { RealSentence, RealText } from './realText.js';
import { escapeRegExp } from '../../src/text/escapeRegExp.js';

/** The sentence with the names its own paper introduced replaced by the new paper's name. */
function renamed(sentence: RealSentence, name: string): string {
  let text = sentence.text;
  for (const old of sentence.names) {
    if (text.includes(old)) text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(old)}(?![\\p{L}\\p{N}])`, 'gu'), name);
  }
  return text;
}

/**
 * An abstract of real sentences: a real opening, middle sentences (about half from papers whose
 * titles share a word with the new title, so the abstract is about the title), a real closing;
 * as long as a real abstract drawn at random. Names of the source papers become the new name.
 */
export function makeAbstract(rng: Rng, real: RealText, title: string, name: string): string {
  const target = Math.max(60, rng.pick(real.abstractWordCounts) + rng.int(-20, 20));
  const topical = words(title).flatMap((w) => real.middlesByTitleWord.get(w) ?? []);
  const used = new Set<string>();
  const out: string[] = [];
  let count = 0;
  const add = (sentence: RealSentence): void => {
    if (used.has(sentence.text)) return;
    used.add(sentence.text);
    const text = renamed(sentence, name);
    out.push(text);
    count += text.split(/\s+/).length;
  };
  add(rng.pick(real.openings));
  const closing = rng.pick(real.closings);
  const closingWords = closing.text.split(/\s+/).length;
  for (let guard = 0; count + closingWords < target && guard < 60; guard += 1) {
    const pickTopical = topical.length > 0 && rng.chance(0.5);
    add(pickTopical ? (real.middles[rng.pick(topical)] ?? rng.pick(real.middles)) : rng.pick(real.middles));
  }
  add(closing);
  const text = out.join(' ');
  return /[.!?)"”]$/.test(text) ? text : `${text}.`;
}
