import { stemmer } from 'stemmer';
import { fold } from '../text/fold.js';
import { STOP_WORDS } from './stopWords.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits text into search tokens. A hyphenated or dotted chunk ("Edge-MoE", "LASP-2") yields its
 * parts and their concatenation, so "edge moe", "edge-moe" and "edgemoe" all meet.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const chunk of fold(text).split(/[\s/,;:()[\]{}"“”'‘’!?]+/)) {
    const parts = chunk.match(WORD);
    if (parts === null) continue;
    out.push(...parts);
    if (parts.length > 1 && parts.length <= 4) out.push(parts.join(''));
  }
  return out;
}

/** Index-side term processing: drops stop words, stems the rest ("transformers" → "transform"). */
export function processTerm(term: string): string | null {
  if (term.length === 0 || STOP_WORDS.has(term)) return null;
  if (term.length > 40) return term.slice(0, 40);
  return /^\p{L}+$/u.test(term) && term.length > 3 ? stemmer(term) : term;
}

/** The distinct processed terms of a piece of text, in order. */
export function analyze(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null) seen.add(term);
  }
  return [...seen];
}
