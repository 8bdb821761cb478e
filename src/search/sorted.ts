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
 * only numbers larger than any already there, so postings stay ascending). One merge pass, no
 * re-sort: how an index grows by a day's papers without being rebuilt.
 */
export function extendSortedCsr(
  base: { keys: readonly string[]; offsets: Uint32Array; docs: Uint32Array },
  added: ReadonlyMap<string, readonly number[]>,
): { keys: string[]; offsets: Uint32Array; docs: Uint32Array } {
  const extra = [...added.keys()].sort();
  const keys: string[] = [];
  const sources: [baseIndex: number, extraIndex: number][] = [];
  let i = 0;
  let j = 0;
  while (i < base.keys.length || j < extra.length) {
    const a = base.keys[i];
    const b = extra[j];
    if (b === undefined || (a !== undefined && a < b)) {
      keys.push(a ?? '');
      sources.push([i++, -1]);
    } else if (a === undefined || b < a) {
      keys.push(b);
      sources.push([-1, j++]);
    } else {
      keys.push(a);
      sources.push([i++, j++]);
    }
  }
  const offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  sources.forEach(([bi, ei], k) => {
    if (bi >= 0) total += (base.offsets[bi + 1] ?? 0) - (base.offsets[bi] ?? 0);
    if (ei >= 0) total += added.get(extra[ei] ?? '')?.length ?? 0;
    offsets[k + 1] = total;
  });
  const docs = new Uint32Array(total);
  sources.forEach(([bi, ei], k) => {
    let at = offsets[k] ?? 0;
    if (bi >= 0) {
      const slice = base.docs.subarray(base.offsets[bi] ?? 0, base.offsets[bi + 1] ?? 0);
      docs.set(slice, at);
      at += slice.length;
    }
    if (ei >= 0) docs.set(added.get(extra[ei] ?? '') ?? [], at);
  });
  return { keys, offsets, docs };
}
