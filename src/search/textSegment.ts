import { processTerm, tokenize } from './analyze.js';

/**
 * One immutable segment of the full-text index (textIndex.ts): postings in CSR form per
 * (term, field) over consecutive document numbers, built in one pass with a counting sort.
 */

/** The indexed fields, in posting-key order. */
export const FIELDS = ['title', 'aliases', 'abstract', 'keywords', 'authors'] as const;
export type Field = (typeof FIELDS)[number];
export const F = FIELDS.length;
/** The first TITLE_FIELDS fields (title, names) are the ones `titleMask` reports. */
export const TITLE_FIELDS = 2;

/** One immutable block of the index. */
export interface Segment {
  /** Document number of the segment's first document. */
  base: number;
  docCount: number;
  /** Sorted distinct terms. */
  terms: string[];
  /** CSR offsets for key = term * F + field (F = FIELDS.length); length terms.length * F + 1. */
  offsets: Uint32Array;
  /** Document numbers (relative to base), ascending within a key. */
  docs: Uint32Array;
  /** Term frequencies, capped at 255. */
  freqs: Uint8Array;
  /** Field lengths in tokens, docCount * F, capped at 65535. */
  lengths: Uint16Array;
}

/** What a document contributes: its text per field. */
export type DocFields = Record<Field, string>;

/** Builds a segment over `docs`, numbered from `base`. */
export function buildSegment(docs: readonly DocFields[], base: number): Segment {
  const termIds = new Map<string, number>();
  // token → term id (-1 for stop words): one map lookup per token instead of two.
  const tokenIds = new Map<string, number>();
  const lengths = new Uint16Array(docs.length * F);
  // Per (document, field): counts per term id via stamps, no per-field maps.
  let stamp = new Int32Array(1024).fill(-1);
  let count = new Uint32Array(1024);
  const seenIds: number[] = [];
  let keys = new Uint32Array(1 << 16);
  let docOf = new Uint32Array(1 << 16);
  let tfs = new Uint8Array(1 << 16);
  let n = 0;
  docs.forEach((doc, d) => {
    for (let f = 0; f < F; f += 1) {
      const slot = d * F + f;
      seenIds.length = 0;
      let length = 0;
      for (const token of tokenize(doc[FIELDS[f] as Field])) {
        let id = tokenIds.get(token);
        if (id === undefined) {
          const term = processTerm(token);
          if (term === null) id = -1;
          else {
            id = termIds.get(term);
            if (id === undefined) {
              id = termIds.size;
              termIds.set(term, id);
            }
          }
          tokenIds.set(token, id);
        }
        if (id < 0) continue;
        length += 1;
        if (id >= stamp.length) {
          const grown = new Int32Array(stamp.length * 2).fill(-1);
          grown.set(stamp);
          stamp = grown;
          count = grow(count);
        }
        if (stamp[id] !== slot) {
          stamp[id] = slot;
          count[id] = 0;
          seenIds.push(id);
        }
        count[id] = (count[id] ?? 0) + 1;
      }
      lengths[slot] = Math.min(length, 65535);
      for (const id of seenIds) {
        if (n === keys.length) {
          keys = grow(keys);
          docOf = grow(docOf);
          tfs = grow(tfs);
        }
        keys[n] = id * F + f;
        docOf[n] = d;
        tfs[n] = Math.min(count[id] ?? 0, 255);
        n += 1;
      }
    }
  });
  // Sort terms and remap ids so the dictionary supports prefix ranges by binary search.
  const terms = [...termIds.keys()].sort();
  const remap = new Uint32Array(termIds.size);
  terms.forEach((term, sorted) => {
    remap[termIds.get(term) ?? 0] = sorted;
  });
  // Pass 2: counting sort of the postings into CSR by (term, field); documents stay ascending.
  const offsets = new Uint32Array(terms.length * F + 1);
  for (let i = 0; i < n; i += 1) {
    const key = keys[i] ?? 0;
    const mapped = (remap[Math.floor(key / F)] ?? 0) * F + (key % F);
    keys[i] = mapped;
    offsets[mapped + 1] = (offsets[mapped + 1] ?? 0) + 1;
  }
  for (let k = 1; k < offsets.length; k += 1) offsets[k] = (offsets[k] ?? 0) + (offsets[k - 1] ?? 0);
  const fill = offsets.slice(0, offsets.length - 1);
  const postingDocs = new Uint32Array(n);
  const postingFreqs = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const key = keys[i] ?? 0;
    const at = fill[key] ?? 0;
    postingDocs[at] = docOf[i] ?? 0;
    postingFreqs[at] = tfs[i] ?? 0;
    fill[key] = at + 1;
  }
  return { base, docCount: docs.length, terms, offsets, docs: postingDocs, freqs: postingFreqs, lengths };
}

function grow<T extends Uint32Array | Uint8Array>(array: T): T {
  const next = new (array.constructor as new (n: number) => T)(array.length * 2);
  next.set(array);
  return next;
}
