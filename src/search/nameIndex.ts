import { extendSortedCsr, indexOfSorted, toSortedCsr } from './sorted.js';

/**
 * Exact-name lookups (compact title, title prefix before ":", id, alias → paper numbers) over a
 * sorted key list and CSR postings: no per-key objects, so it loads from a snapshot as two typed
 * arrays and one string list, and answers by binary search.
 */
export class NameIndex {
  readonly keys: readonly string[];
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;

  constructor(keys: readonly string[], offsets: Uint32Array, docs: Uint32Array) {
    this.keys = keys;
    this.offsets = offsets;
    this.docs = docs;
  }

  /** Builds the index from key → papers pairs (any order). */
  static from(map: ReadonlyMap<string, readonly number[]>): NameIndex {
    const { keys, offsets, docs } = toSortedCsr(map);
    return new NameIndex(keys, offsets, docs);
  }

  /** The index with more key → papers pairs (papers numbered after every paper already in it). */
  extend(added: ReadonlyMap<string, readonly number[]>): NameIndex {
    const { keys, offsets, docs } = extendSortedCsr(this, added);
    return new NameIndex(keys, offsets, docs);
  }

  /** The papers a compact name belongs to, or undefined. */
  get(key: string): readonly number[] | undefined {
    const at = indexOfSorted(this.keys, key);
    return at < 0 ? undefined : Array.from(this.docs.subarray(this.offsets[at] ?? 0, this.offsets[at + 1] ?? 0));
  }

  /** Every (name, papers) pair, in key order. */
  *[Symbol.iterator](): IterableIterator<[string, readonly number[]]> {
    for (let i = 0; i < this.keys.length; i += 1) {
      yield [this.keys[i] ?? '', Array.from(this.docs.subarray(this.offsets[i] ?? 0, this.offsets[i + 1] ?? 0))];
    }
  }

  /** Papers whose name contains `fragment` (a linear scan over the keys, for run-together typing). */
  containing(fragment: string): number[] {
    const out: number[] = [];
    this.keys.forEach((key, i) => {
      if (key.includes(fragment)) for (const doc of this.docs.subarray(this.offsets[i] ?? 0, this.offsets[i + 1] ?? 0)) out.push(doc);
    });
    return out;
  }
}
