/** Binary search helpers over sorted string lists (dictionaries, vocabularies, name keys). */

/** Index of the first item >= `value` (the list's length when there is none). */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `value` in the list, or -1. */
export function indexOfSorted(sorted: readonly string[], value: string): number {
  const at = lowerBound(sorted, value);
  return sorted[at] === value ? at : -1;
}

/** Key → numbers lists as CSR: the keys sorted, and each key's numbers at docs[offsets[i] .. offsets[i + 1]]. */
export function toSortedCsr(map: ReadonlyMap<string, readonly number[]>): { keys: string[]; offsets: Uint32Array; docs: Uint32Array } {
  const keys = [...map.keys()].sort();
  const offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((key, i) => {
    total += map.get(key)?.length ?? 0;
    offsets[i + 1] = total;
  });
  const docs = new Uint32Array(total);
  keys.forEach((key, i) => docs.set(map.get(key) ?? [], offsets[i] ?? 0));
  return { keys, offsets, docs };
}

/**
 * A CSR (as toSortedCsr makes) with more numbers added under some keys, old or new: the keys stay
 * sorted, and each key's numbers keep their order with the added ones after them (the caller adds
 * only numbers larger than any already there, so postings stay ascending). No re-sort: each added
 * key is placed by binary search, and the base keys and postings between two added keys are copied
 * as one block — how an index of 100k papers grows by a day's papers in a few milliseconds.
 */
export function extendSortedCsr(
  base: { keys: readonly string[]; offsets: Uint32Array; docs: Uint32Array },
  added: ReadonlyMap<string, readonly number[]>,
): { keys: string[]; offsets: Uint32Array; docs: Uint32Array } {
  const extra = [...added.keys()].sort();
  const newKeys = extra.filter((key) => indexOfSorted(base.keys, key) < 0).length;
  let addedDocs = 0;
  for (const list of added.values()) addedDocs += list.length;
  const keys = new Array<string>(base.keys.length + newKeys);
  const offsets = new Uint32Array(keys.length + 1);
  const docs = new Uint32Array(base.docs.length + addedDocs);
  let k = 0; // next key slot
  let i = 0; // next base key
  let at = 0; // next posting slot
  const copyBase = (end: number): void => {
    const from = base.offsets[i] ?? 0;
    const shift = at - from;
    for (; i < end; i += 1, k += 1) {
      keys[k] = base.keys[i] ?? '';
      offsets[k] = (base.offsets[i] ?? 0) + shift;
    }
    const to = base.offsets[end] ?? 0;
    docs.set(base.docs.subarray(from, to), at);
    at += to - from;
  };
  for (const key of extra) {
    copyBase(lowerBound(base.keys, key));
    keys[k] = key;
    offsets[k] = at;
    k += 1;
    if (base.keys[i] === key) {
      const from = base.offsets[i] ?? 0;
      const to = base.offsets[i + 1] ?? 0;
      docs.set(base.docs.subarray(from, to), at);
      at += to - from;
      i += 1;
    }
    const list = added.get(key) ?? [];
    docs.set(list, at);
    at += list.length;
  }
  copyBase(base.keys.length);
  offsets[k] = at;
  return { keys, offsets, docs };
}
