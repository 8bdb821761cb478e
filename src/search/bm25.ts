/**
 * BM25+ as minisearch computes it (`calcBM25Score` in lucaong/minisearch): `k` saturates term
 * frequency, `b` normalises by field length, `d` is the "+" — a floor every match earns, so a long
 * field never scores a match below zero.
 */
export const BM25_PARAMS = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Inverse document frequency of a term found in `docFrequency` of `docCount` documents. */
export function bm25Idf(docCount: number, docFrequency: number): number {
  return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
}

/** The BM25+ score of one field of one document: `tf` occurrences in a field of `length` tokens. */
export function bm25Score(tf: number, length: number, avgLength: number, idf: number): number {
  const { k, b, d } = BM25_PARAMS;
  return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avgLength)));
}
