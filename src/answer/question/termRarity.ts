import type { Library } from '../../search/library.js';
import { words } from '../../text/fold.js';

/** Papers sampled to tell ordinary words from names; the whole catalogue when smaller. */
const SAMPLE_SIZE = 800;
/** Sampled papers a word must appear in, besides its share, to count as ordinary rather than rare. */
const COMMON_MIN_COUNT = 3;

interface Sample {
  size: number;
  /** Papers holding each word as written (folded, unstemmed): "activator" apart from "activation". */
  words: Map<string, number>;
}

// One sample per library, built on first use and dropped with the library.
const samples = new WeakMap<Library, Sample>();

function sampleOf(library: Library): Sample {
  const cached = samples.get(library);
  if (cached !== undefined) return cached;
  const papers = library.papers;
  const stride = Math.max(1, Math.floor(papers.length / SAMPLE_SIZE));
  const counts = new Map<string, number>();
  let size = 0;
  for (let i = 0; i < papers.length; i += stride) {
    const paper = papers[i];
    if (paper === undefined) continue;
    size += 1;
    for (const word of new Set(words(`${paper.title} ${paper.abstract}`))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const sample = { size, words: counts };
  samples.set(library, sample);
  return sample;
}

/** About how many papers hold an index term (stemmed), from the full-text index; cheap at any size. */
export function termPapers(library: Library, term: string): number {
  return library.text.fieldFrequency(term);
}

/** About what share of papers (0–1) hold an index term. */
export function termShare(library: Library, term: string): number {
  return termPapers(library, term) / Math.max(1, library.papers.length);
}

/**
 * Whether a word (folded, as written) is an ordinary word of the catalogue: in at least `share` of
 * a fixed sample of papers, and in a few of them. Unstemmed, unlike the index, so that "activator"
 * (a name) is not taken for "activation".
 */
export function isCommonWord(library: Library, word: string, share: number): boolean {
  const sample = sampleOf(library);
  const count = sample.words.get(word) ?? 0;
  return count >= COMMON_MIN_COUNT && count / Math.max(1, sample.size) >= share;
}

/**
 * Lets a library grown by a few papers use its predecessor's word sample: a sample of hundreds of
 * papers barely moves when a day's list is added, and rebuilding it would stall serving.
 */
export function carryAnswering(from: Library, to: Library): void {
  const sample = samples.get(from);
  if (sample !== undefined) samples.set(to, sample);
}

/** Builds the word sample now (e.g. right after a library is built) rather than on the first question that needs it. */
export function prepareAnswering(library: Library): void {
  sampleOf(library);
}
