/**
 * Paper vectors for search by meaning: every vector in one Float32Array (row i = paper ids[i]),
 * unit length, so cosine similarity is a dot product. Top-k is exact (one pass) while the index is
 * small; past EXACT_WORK multiply-adds it is two-stage — one pass over the vectors' sign bits
 * (Hamming distance, 1 bit per dimension, 32× less to read) keeps the RERANK nearest rows, whose
 * exact dot products then rank them (binary quantization with rescoring).
 * Immutable: adding vectors makes a new index sharing the grown buffer (rows past `count` are
 * free space, so a batch appends without copying everything each time).
 */
/** Above this many multiply-adds per query (count × dim), top-k goes two-stage. */
export const EXACT_WORK = 8_000_000;
/** Rows kept by the sign-bit pass for exact rescoring (at least 8 × k). */
export const RERANK = 2000;

export class VectorIndex {
  readonly model: string;
  readonly dim: number;
  readonly ids: readonly string[];
  readonly count: number;
  readonly data: Float32Array;
  readonly #row: ReadonlyMap<string, number>;
  /** Sign bits per row (ceil(dim / 32) words each), built on first two-stage query. */
  #signs: Uint32Array | null = null;

  constructor(model: string, dim: number, ids: readonly string[], data: Float32Array, row?: ReadonlyMap<string, number>) {
    if (data.length < ids.length * dim) throw new Error(`embeddings: ${ids.length} ids need ${ids.length * dim} floats, got ${data.length}`);
    this.model = model;
    this.dim = dim;
    this.ids = ids;
    this.count = ids.length;
    this.data = data;
    this.#row = row ?? new Map(ids.map((id, i) => [id, i]));
  }

  /** Bytes held: the vectors (including free space) and their sign bits. */
  get bytes(): number {
    return this.data.byteLength + (this.#signs?.byteLength ?? 0);
  }

  static empty(model: string, dim: number): VectorIndex {
    return new VectorIndex(model, dim, [], new Float32Array(0));
  }

  has(id: string): boolean {
    return this.#row.has(id);
  }

  /** A paper's vector (a view into the shared array), or undefined. */
  vectorOf(id: string): Float32Array | undefined {
    const row = this.#row.get(id);
    return row === undefined ? undefined : this.data.subarray(row * this.dim, (row + 1) * this.dim);
  }

  /** A new index with these vectors appended (ids already present are skipped). */
  withAdded(ids: readonly string[], vectors: readonly Float32Array[]): VectorIndex {
    const fresh = ids.map((id, i) => ({ id, vector: vectors[i] })).filter((e): e is { id: string; vector: Float32Array } => e.vector !== undefined && e.vector.length === this.dim && !this.#row.has(e.id));
    if (fresh.length === 0) return this;
    const needed = (this.count + fresh.length) * this.dim;
    let data = this.data;
    if (data.length < needed) {
      data = new Float32Array(Math.max(needed, Math.ceil(this.data.length * 1.5)));
      data.set(this.data.subarray(0, this.count * this.dim));
    }
    const row = new Map(this.#row);
    const allIds = [...this.ids];
    for (const { id, vector } of fresh) {
      data.set(vector, allIds.length * this.dim);
      row.set(id, allIds.length);
      allIds.push(id);
    }
    return new VectorIndex(this.model, this.dim, allIds, data, row);
  }

  /**
   * The k rows most similar to `query` (unit length), best first, skipping rows `accept` refuses.
   * One pass with a small sorted buffer of the best so far: O(count × dim) multiply-adds.
   */
  topK(query: Float32Array, k: number, accept?: (id: string) => boolean): Array<{ id: string; score: number }> {
    if (query.length !== this.dim || k <= 0) return [];
    if (this.count * this.dim <= EXACT_WORK) return this.#exact(query, k, accept, null);
    return this.#exact(query, k, accept, this.#nearestBySigns(query, Math.max(RERANK, 8 * k)));
  }

  /** Rows whose sign bits differ least from the query's (a counting sort on the distance). */
  #nearestBySigns(query: Float32Array, keep: number): Int32Array {
    const words = Math.ceil(this.dim / 32);
    this.#signs ??= signBits(this.data, this.count, this.dim);
    const signs = this.#signs;
    const q = signBits(query, 1, this.dim);
    const distance = new Uint16Array(this.count);
    const histogram = new Uint32Array(this.dim + 2);
    for (let row = 0, base = 0; row < this.count; row += 1, base += words) {
      let d = 0;
      for (let w = 0; w < words; w += 1) d += popcount(((signs[base + w] as number) ^ (q[w] as number)) >>> 0);
      distance[row] = d;
      histogram[d] = (histogram[d] ?? 0) + 1;
    }
    let cutoff = 0;
    for (let seen = 0; cutoff <= this.dim && seen + (histogram[cutoff] ?? 0) <= keep; cutoff += 1) seen += histogram[cutoff] ?? 0;
    const rows: number[] = [];
    for (let row = 0; row < this.count; row += 1) if ((distance[row] ?? 0) < cutoff || ((distance[row] ?? 0) === cutoff && rows.length < keep)) rows.push(row);
    return Int32Array.from(rows);
  }

  #exact(query: Float32Array, k: number, accept: ((id: string) => boolean) | undefined, only: Int32Array | null): Array<{ id: string; score: number }> {
    const dim = this.dim;
    const data = this.data;
    const bestScore = new Float64Array(k).fill(-Infinity);
    const bestRow = new Int32Array(k).fill(-1);
    const n = only === null ? this.count : only.length;
    for (let i = 0; i < n; i += 1) {
      const row = only === null ? i : (only[i] as number);
      const dot = dotAt(data, row * dim, query, dim);
      if (dot <= (bestScore[k - 1] as number)) continue;
      if (accept !== undefined && !accept(this.ids[row] ?? '')) continue;
      let at = k - 1;
      while (at > 0 && (bestScore[at - 1] as number) < dot) {
        bestScore[at] = bestScore[at - 1] as number;
        bestRow[at] = bestRow[at - 1] as number;
        at -= 1;
      }
      bestScore[at] = dot;
      bestRow[at] = row;
    }
    const out: Array<{ id: string; score: number }> = [];
    for (let i = 0; i < k; i += 1) {
      const row = bestRow[i] ?? -1;
      if (row >= 0) out.push({ id: this.ids[row] ?? '', score: bestScore[i] ?? 0 });
    }
    return out;
  }
}

/** Dot product of query with the row starting at `base`, four lanes at a time (the hot loop of search by meaning). */
function dotAt(data: Float32Array, base: number, query: Float32Array, dim: number): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let j = 0;
  for (; j + 3 < dim; j += 4) {
    a += (data[base + j] as number) * (query[j] as number);
    b += (data[base + j + 1] as number) * (query[j + 1] as number);
    c += (data[base + j + 2] as number) * (query[j + 2] as number);
    d += (data[base + j + 3] as number) * (query[j + 3] as number);
  }
  for (; j < dim; j += 1) a += (data[base + j] as number) * (query[j] as number);
  return a + b + c + d;
}

/** One bit per dimension (set when positive), ceil(dim / 32) words per row. */
function signBits(data: Float32Array, rows: number, dim: number): Uint32Array {
  const words = Math.ceil(dim / 32);
  const out = new Uint32Array(rows * words);
  for (let row = 0; row < rows; row += 1) {
    for (let j = 0; j < dim; j += 1) {
      if ((data[row * dim + j] as number) > 0) out[row * words + (j >>> 5)] = ((out[row * words + (j >>> 5)] as number) | (1 << (j & 31))) >>> 0;
    }
  }
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
