/**
 * The names a paper introduces ("We propose PLANSEARCH, a novel…", "dubbed HIGGS", "Mamba: …"),
 * so that a lookup by method name finds the paper.
 *
 * Precision matters more than recall: a wrong alias sends a lookup to the wrong paper. So a name
 * counts only where the text introduces it (title prefix, a naming verb, "we propose X,", an
 * acronym defined in such a sentence), and field-wide acronyms, models and datasets never count.
 */

import { compact } from '../text/fold.js';
import { splitSentences, type Sentence } from '../text/splitSentences.js';
import { definedAcronyms } from './aliases/definedAcronyms.js';
import { GENERIC_TAIL, isAcronymLike, isAlias, isCoined, isGeneric, trimName } from './aliases/nameShape.js';
import { HEAD_NOUN_LIST, LOWER_WORDS_IN_NAMES, NOT_A_NAME_START } from './lexicon/genericNames.js';

const MAX_ALIASES = 8;

const HEAD_NOUNS = HEAD_NOUN_LIST.join('|');
const NAMING = String.raw`(?:named|called|dubbed|termed|coined|nicknamed|denoted(?:\s+as)?|referred\s+to\s+as|(?:we|which\s+we)\s+(?:call|name|term|dub|refer\s+to)(?:\s+(?:this\s+[\w-]+(?:\s+of\s+[\w-]+){0,2}|our\s+[\w-]+|such\s+[\w-]+|it|this|them|these))?(?:\s+as)?)`;
const INTRODUCING = String.raw`(?:we|this\s+(?:paper|work|study|article|note)|our\s+(?:work|paper)|here\s+we|in\s+this\s+(?:paper|work),?\s+we)\s+(?:also\s+|further\s+|first\s+|then\s+|hence\s+|consequently\s+|therefore\s+|thus\s+)?(?:propose|present|introduce|develop|design|build|create|release|contribute|offer|devise|construct|presenting|introducing|proposing)[sd]?`;

// One word of a name: letters and digits, with inner `-`, `.`, `+` (`Edge-MoE`, `Bitnet.cpp`, `FOLD-R++`).
const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}'+.-]*[\p{L}\p{N}+])?`;
// Without the `u` flag: case-insensitive Unicode matching is several times slower.
const NAMING_RE = new RegExp(String.raw`\b${NAMING}\s+(?:the\s+|a\s+|an\s+)?["“']?`, 'gi');
const INTRODUCING_RE = new RegExp(String.raw`\b${INTRODUCING}\b`, 'gi');
const SHORT_FORM_RE = /\((?:in\s+short|short|abbreviated|for\s+short)[:,]?\s+([\p{L}\p{N}][\p{L}\p{N}+.-]{1,38})\)|\(([\p{L}\p{N}][\p{L}\p{N}+.-]{1,38})\s+for\s+short\)/giu;
const CUE_RE = /\b(?:we\s+(?:propose|present|introduce|develop|design|call|name|term|refer)|(?:this|our)\s+(?:paper|work|study)\s+(?:propose|present|introduce)s|our\s+(?:proposed|new|novel)|the\s+proposed|(?:a|the)\s+(?:novel|new)|named|called|dubbed|termed|presenting|introducing)\b/gi;

interface Candidate {
  name: string;
  score: number;
  /** The words an acronym abbreviates: worth keeping only when the title does not hold them. */
  spelled?: true;
}

/** The names a paper introduces, most certain first: at most 8, each 2–40 characters, no duplicates. */
export function extractAliases(title: string, abstract: string, sentences: readonly Sentence[] = splitSentences(abstract)): string[] {
  const candidates: Candidate[] = [];
  const titleKey = compact(title);
  const add = (c: Candidate): void => {
    const trimmed = trimName(c.name);
    if (c.spelled === true && titleKey.includes(compact(trimmed))) return;
    if (isAlias(trimmed)) candidates.push({ name: trimmed, score: c.score });
  };
  for (const c of titleNames(title)) add(c);
  for (const sentence of sentences) {
    for (const c of sentenceNames(sentence.text)) add(c);
  }
  return rank(candidates);
}

function rank(candidates: readonly Candidate[]): string[] {
  const best = new Map<string, Candidate>();
  candidates.forEach((c) => {
    const key = c.name.toLowerCase();
    const seen = best.get(key);
    if (seen === undefined || c.score > seen.score) best.set(key, c);
  });
  // Stable sort: equal scores keep the order the text gave them.
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_ALIASES)
    .map((c) => c.name);
}

// ---------------------------------------------------------------------------------------------
// The title: its prefix before a colon ("ZipCache: …") and acronyms it defines ("… (FaSTGLZ)").

function titleNames(title: string): Candidate[] {
  const out: Candidate[] = [];
  const colon = title.indexOf(':');
  if (colon > 0) {
    const prefix = title.slice(0, colon).trim();
    const words = prefix.split(/\s+/);
    const named = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
    if (prefixIsName(named)) {
      out.push({ name: named.join(' '), score: 100 });
    } else if (words.length <= 5) {
      // "This is SPIRAL-TAP", "LIFT the Veil for the Truth", "How to Train Your HiPPO".
      for (const word of [words[0] ?? '', words.at(-1) ?? '']) if (isCoined(word)) out.push({ name: word, score: 90 });
    }
  }
  for (const match of title.matchAll(/\(([\p{L}\p{N}][\p{L}\p{N}+.-]{1,38})\)/gu)) {
    if (isCoined(match[1] ?? '')) out.push({ name: match[1] ?? '', score: 85 });
  }
  return out;
}

function prefixIsName(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || words.length > 3) return false;
  if (words.length === 1) return /\p{L}/u.test(first) && (isCoined(first) || /^\p{Lu}/u.test(first) || /\d/.test(first));
  if (NOT_A_NAME_START.has(first.toLowerCase()) || (/ing$/.test(first) && !isCoined(first))) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

// ---------------------------------------------------------------------------------------------
// The abstract, one sentence at a time.

// A sentence about earlier work names earlier work: "Recent works have revealed … referred to as NNGPs".
const ABOUT_PRIOR_WORK = /^(?:Recent(?:ly)?|Prior|Previous(?:ly)?|Existing|Many|Most|Traditional|Conventional|Classical|Current|Standard|Popular|Several|Some)\b/u;
// "the prior state-of-the-art rounding method called GPTQ".
const PRIOR_BEFORE = /\b(?:prior|previous|existing|baseline|popular|well-known|standard|classic(?:al)?|conventional|recent|state-of-the-art|original|vanilla)\b[^,.;]{0,40}$/iu;

function sentenceNames(sentence: string): Candidate[] {
  if (ABOUT_PRIOR_WORK.test(sentence)) return [];
  const out: Candidate[] = [];
  // "named LocalLeap", "dubbed HIGGS", "called "Cosine Adapter"", "which we call Principal Weights".
  for (const match of sentence.matchAll(NAMING_RE)) {
    if (PRIOR_BEFORE.test(sentence.slice(Math.max(0, match.index - 60), match.index))) continue;
    out.push(...namedAt(sentence, match.index + match[0].length));
  }
  // "We propose PLANSEARCH, a novel…", "we introduce Vico, a generic framework", "the Starlight algorithm".
  for (const match of sentence.matchAll(INTRODUCING_RE)) out.push(...introducedNames(sentence, match.index + match[0].length));
  // "(in short: ObsProp)".
  for (const match of sentence.matchAll(SHORT_FORM_RE)) out.push({ name: match[1] ?? match[2] ?? '', score: 70 });
  // "a novel method called Optimal Linear Subspace Search (OLSS)": an acronym defined soon after a cue.
  for (const cue of sentence.matchAll(CUE_RE)) {
    for (const acronym of definedAcronyms(sentence, cue.index + cue[0].length)) out.push({ name: acronym, score: 50 });
  }
  return out;
}

const DELIMITED = /^\s*(?:[,:;()–—"”']|\s-{1,2}\s|\.(?:\s|$)|$|\s(?:to|for|that|which|as|is|in|on|with|by|and)\b)/u;
const HEADED = new RegExp(String.raw`^\s+(?:${HEAD_NOUNS})s?\b`, 'iu');

/** The name right after a naming verb, if the text then moves on (`, which…`, `(XYZ)`, `algorithm`). */
function namedAt(sentence: string, start: number): Candidate[] {
  const run = nameRun(sentence, start);
  if (run === null) return [];
  const out: Candidate[] = [];
  if (run.acronym !== null) out.push({ name: run.acronym, score: 80 }, ...spelledOut(run));
  const next = sentence.slice(run.end, run.end + 30);
  const ends = run.acronym !== null || DELIMITED.test(next) || HEADED.test(next);
  if (ends && (run.words.length === 1 || (run.acronym === null && run.words.length <= 3))) {
    out.push({ name: headName(run.words), score: 78 });
  }
  return out;
}

/** The words an introduced acronym abbreviates, as a name of their own: users type either. */
function spelledOut(run: NameRun): Candidate[] {
  return run.words.length >= 2 && run.words.length <= 4 ? [{ name: run.words.join(' '), score: 40, spelled: true }] : [];
}

/** Names after "we propose/present/introduce…": the first name-like phrase the sentence offers. */
function introducedNames(sentence: string, after: number): Candidate[] {
  const lead = /^\s+(?:(the|our)\s+|(an?)\s+)?/u.exec(sentence.slice(after, after + 12));
  const indefinite = lead?.[2] !== undefined;
  const run = nameRun(sentence, after + (lead?.[0].length ?? 0));
  if (run !== null) {
    const out: Candidate[] = [];
    if (run.acronym !== null) out.push({ name: run.acronym, score: 75 }, ...spelledOut(run));
    const next = sentence.slice(run.end, run.end + 30);
    const ends = DELIMITED.test(next) || HEADED.test(next);
    const [first] = run.words;
    if (run.words.length === 1 && first !== undefined && (isCoined(first) || (ends && !indefinite))) {
      out.push({ name: first, score: 80 });
    } else if (run.words.length <= 3 && run.acronym === null && ends && !indefinite) {
      out.push({ name: headName(run.words), score: 72 });
    }
    if (out.length > 0) return out;
  }
  // "a novel approach, CL-LNS, that…", "a novel learning paradigm, Dynamic Sparse Learning (DSL),".
  const appositive = /^[\s\w-]{0,60}?,\s+(?=[\p{Lu}\p{N}])/u.exec(sentence.slice(after, after + 90));
  if (appositive === null) return [];
  const run2 = nameRun(sentence, after + appositive[0].length);
  if (run2 === null) return [];
  const out: Candidate[] = [];
  if (run2.acronym !== null) out.push({ name: run2.acronym, score: 70 }, ...spelledOut(run2));
  const closed = /^\s*[,(:]/.test(sentence.slice(run2.end, run2.end + 3));
  if (run2.acronym === null && run2.words.length <= 3 && closed && (run2.words.length > 1 || isCoined(run2.words[0] ?? ''))) {
    out.push({ name: headName(run2.words), score: 68 });
  }
  return out;
}

interface NameRun {
  words: string[];
  end: number;
  acronym: string | null;
}

const RUN_WORD_RE = new RegExp(String.raw`\s*(${WORD})`, 'yu');

/**
 * The capitalized or coined words starting at `start` ("Optimal Linear Subspace Search"), with the
 * acronym in parentheses right after them when there is one ("(OLSS)"). Lower-case connectors may
 * join capitalized words ("Stable and Expressive Positional Encodings").
 */
function nameRun(sentence: string, start: number): NameRun | null {
  const words: string[] = [];
  let end = start;
  let pos = start;
  const pending: string[] = [];
  while (words.length + pending.length < 8) {
    RUN_WORD_RE.lastIndex = pos;
    const match = RUN_WORD_RE.exec(sentence);
    const word = match?.[1];
    if (match === null || word === undefined) break;
    if (isNameWord(word)) {
      words.push(...pending, word);
      pending.length = 0;
      pos = RUN_WORD_RE.lastIndex;
      end = pos;
      continue;
    }
    if (words.length > 0 && LOWER_WORDS_IN_NAMES.has(word) && pending.length < 2) {
      pending.push(word);
      pos = RUN_WORD_RE.lastIndex;
      continue;
    }
    break;
  }
  if (words.length === 0) return null;
  const paren = /^\s*\(([\p{L}\p{N}][\p{L}\p{N}+.-]{0,38}[\p{L}\p{N}+])\)/u.exec(sentence.slice(end, end + 45));
  let acronym: string | null = null;
  if (paren !== null && isAcronymLike(paren[1] ?? '')) {
    acronym = paren[1] ?? null;
    end += paren[0].length;
  }
  return { words, end, acronym };
}

function isNameWord(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) || isCoined(word);
}

/** `AbsTopK SAE` names `AbsTopK`: generic words after a coined head add nothing. */
function headName(words: readonly string[]): string {
  const [head, ...tail] = words;
  if (head !== undefined && isCoined(head) && tail.length > 0 && tail.every((w) => isGeneric(w) || GENERIC_TAIL.test(w))) return head;
  return words.join(' ');
}

