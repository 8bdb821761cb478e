import { analyze } from '../search/analyze.js';
import type { Library } from '../search/library.js';
import { words } from '../text/fold.js';

/** Papers sampled to estimate how common a term is; the whole catalogue when smaller. */
const SAMPLE_SIZE = 800;

interface Sample {
  size: number;
  /** Papers holding each index term (stemmed). */
  counts: Map<string, number>;
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
  const surface = new Map<string, number>();
  let size = 0;
  for (let i = 0; i < papers.length; i += stride) {
    const paper = papers[i];
    if (paper === undefined) continue;
    size += 1;
    const text = `${paper.title} ${paper.abstract}`;
    for (const term of analyze(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const word of new Set(words(text))) surface.set(word, (surface.get(word) ?? 0) + 1);
  }
  const sample = { size, counts, words: surface };
  samples.set(library, sample);
  return sample;
}

/**
 * Estimated share of papers whose title or abstract holds an index term (0–1), from a fixed
 * sample of the catalogue. Lets retrieval leave out words so common that searching them would
 * walk most of the index ("model", "language").
 */
export function termShare(library: Library, term: string): number {
  const sample = sampleOf(library);
  return sample.size === 0 ? 0 : (sample.counts.get(term) ?? 0) / sample.size;
}

/** Sampled papers a term must appear in, besides its share, to count as common rather than rare. */
const COMMON_MIN_COUNT = 3;

/** Whether a word (folded, as written) is an ordinary word of the catalogue: in at least `share` of papers (and a few of them). */
export function isCommonWord(library: Library, word: string, share: number): boolean {
  const sample = sampleOf(library);
  const count = sample.words.get(word) ?? 0;
  return count >= COMMON_MIN_COUNT && count / Math.max(1, sample.size) >= share;
}

/** Estimated number of papers whose title or abstract holds a term. */
export function termPapers(library: Library, term: string): number {
  return termShare(library, term) * library.papers.length;
}

/** Builds the rarity sample now (e.g. right after a library is built) rather than on the first question. */
export function prepareAnswering(library: Library): void {
  sampleOf(library);
}
