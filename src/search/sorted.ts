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
