// The best `limit` hits of a query, kept in a min-heap of parallel typed arrays so only the
// winners ever become objects.

/** How many bits are set: the number of query terms a document matched. */
export function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n += 1;
  return n;
}

// A min-heap on scores (parallel arrays): the root is the weakest of the best so far.
export function siftUp(score: Float64Array, doc: Uint32Array, at: number): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((score[parent] ?? 0) <= (score[i] ?? 0)) return;
    swap(score, doc, i, parent);
    i = parent;
  }
}

export function siftDown(score: Float64Array, doc: Uint32Array, size: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let least = i;
    if (left < size && (score[left] ?? 0) < (score[least] ?? 0)) least = left;
    if (right < size && (score[right] ?? 0) < (score[least] ?? 0)) least = right;
    if (least === i) return;
    swap(score, doc, i, least);
    i = least;
  }
}

function swap(score: Float64Array, doc: Uint32Array, a: number, b: number): void {
  const s = score[a] ?? 0;
  score[a] = score[b] ?? 0;
  score[b] = s;
  const d = doc[a] ?? 0;
  doc[a] = doc[b] ?? 0;
  doc[b] = d;
}
