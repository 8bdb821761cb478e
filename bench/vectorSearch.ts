/**
 * Search by meaning at scale: top-k over 100,000 unit vectors (clustered like real embeddings: 300
 * topics plus noise) at 384 and 768 dimensions — latency per query (p50/p99), recall@10 against an
 * exact scan, and memory held. Run: `npx tsx bench/vectorSearch.ts [papers]`.
 */
import { normalize } from '../src/embeddings/embeddingsClient.js';
import { VectorIndex } from '../src/embeddings/vectorIndex.js';

const n = Number(process.argv[2] ?? '100000');
let seed = 1;
const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
for (const dim of [384, 768]) {
  const centers = Array.from({ length: 300 }, () => Float32Array.from({ length: dim }, rnd));
  const near = (c: Float32Array): Float32Array => normalize(Float32Array.from({ length: dim }, (_, j) => (c[j] ?? 0) + 0.8 * rnd()));
  const data = new Float32Array(n * dim);
  for (let i = 0; i < n; i += 1) data.set(near(centers[i % 300] ?? new Float32Array(dim)), i * dim);
  const ids = Array.from({ length: n }, (_, i) => `p${i}`);
  const index = new VectorIndex('bench', dim, ids, data);
  index.topK(data.subarray(0, dim), 30);
  const times: number[] = [];
  let recall = 0;
  const queries = 100;
  for (let q = 0; q < queries; q += 1) {
    const v = near(centers[q % 300] ?? new Float32Array(dim));
    const started = performance.now();
    const got = index.topK(v, 30);
    times.push(performance.now() - started);
    const exact = ids
      .map((id, i) => {
        let d = 0;
        for (let j = 0; j < dim; j += 1) d += (data[i * dim + j] ?? 0) * (v[j] ?? 0);
        return { id, d };
      })
      .sort((a, b) => b.d - a.d)
      .slice(0, 10);
    const found = new Set(got.slice(0, 10).map((g) => g.id));
    recall += exact.filter((e) => found.has(e.id)).length / 10;
  }
  times.sort((a, b) => a - b);
  const at = (p: number): string => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  console.log(`${n} papers × ${dim} dims: top-30 p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; recall@10 ${(recall / queries).toFixed(3)}; memory ${(index.bytes / 1e6).toFixed(0)} MB`);
}
