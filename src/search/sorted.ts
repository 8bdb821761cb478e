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
