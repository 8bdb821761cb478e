import { stemmer } from 'stemmer';
import { fold } from '../text/fold.js';
import { STOP_WORDS } from './lexicon/stopWords.js';

const WORD = /[\p{L}\p{N}]+/gu;
// eslint-disable-next-line no-control-regex -- \x00 is the low end of the ASCII range, not a stray control character
const NON_ASCII = /[^\x00-\x7f]/;
const SEPARATORS = /[\s/,;:()[\]{}"“”'‘’!?]+/;

/**
 * Splits text into search tokens. A hyphenated or dotted chunk ("Edge-MoE", "LASP-2") yields its
 * parts and their concatenation, so "edge moe", "edge-moe" and "edgemoe" all meet. ASCII text
 * (nearly every abstract) skips Unicode folding, which is the slow part.
 */
export function tokenize(text: string): string[] {
  if (!NON_ASCII.test(text)) return tokenizeAscii(text);
  const out: string[] = [];
  for (const chunk of fold(text).split(SEPARATORS)) {
    const parts = chunk.match(WORD);
    if (parts === null) continue;
    for (const part of parts) out.push(part);
    if (parts.length > 1 && parts.length <= 4) out.push(parts.join(''));
  }
  return out;
}

// Separator characters of SEPARATORS, for the ASCII scanner.
const SEPARATOR_CODES = new Uint8Array(128);
for (const c of ' \t\n\r\f\v/,;:()[]{}"\'!?') SEPARATOR_CODES[c.charCodeAt(0)] = 1;

/** The same tokens as `tokenize`, for ASCII text, by one pass over the characters (no regexes). */
function tokenizeAscii(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  let partStart = -1;
  let chunkParts = 0;
  const endPart = (end: number): void => {
    if (partStart < 0) return;
    out.push(lower.slice(partStart, end));
    chunkParts += 1;
    partStart = -1;
  };
  const endChunk = (): void => {
    // A hyphenated or dotted chunk of 2–4 parts also yields the parts joined.
    if (chunkParts > 1 && chunkParts <= 4) out.push(out.slice(out.length - chunkParts).join(''));
    chunkParts = 0;
  };
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (partStart < 0) partStart = i;
    } else {
      endPart(i);
      if (SEPARATOR_CODES[c] === 1) endChunk();
    }
  }
  endPart(lower.length);
  endChunk();
  return out;
}

// Stemming is the costliest step of indexing and the vocabulary is small next to the token
// count, so each distinct token is processed once. Bounded so a hostile corpus cannot grow it forever.
const processed = new Map<string, string | null>();
const MAX_CACHED = 500_000;

/** Short forms people type for words abstracts spell out ("extra params"), read as the word. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['param', 'parameter'], ['params', 'parameters'], ['hyperparam', 'hyperparameter'], ['hyperparams', 'hyperparameters'],
  ['perf', 'performance'], ['mem', 'memory'], ['arch', 'architecture'], ['impl', 'implementation'],
  ['eval', 'evaluation'], ['evals', 'evaluations'], ['approx', 'approximation'], ['info', 'information'],
  ['config', 'configuration'], ['configs', 'configurations'], ['repo', 'repository'], ['repos', 'repositories'],
  ['dim', 'dimension'], ['dims', 'dimensions'], ['seq', 'sequence'], ['seqs', 'sequences'],
]);

/** Index-side term processing: drops stop words, stems the rest ("transformers" → "transform"). */
export function processTerm(term: string): string | null {
  const cached = processed.get(term);
  if (cached !== undefined) return cached;
  let out: string | null;
  const word = SHORT_FORMS.get(term) ?? term;
  if (word.length === 0 || STOP_WORDS.has(word)) out = null;
  else if (word.length > 40) out = word.slice(0, 40);
  else out = /^\p{L}+$/u.test(word) && word.length > 3 ? stemmer(word) : word;
  if (processed.size >= MAX_CACHED) processed.clear();
  processed.set(term, out);
  return out;
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
