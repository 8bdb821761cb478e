/**
 * Fusing a ranking by words with a ranking by meaning (two named formulas, measured against each
 * other in test/quality/fusion.test.ts; README "Search by meaning"; the weighted sum is the default):
 *  - reciprocal rank fusion: each list adds weight / (RRF_K + rank) — scores of the two rankers
 *    never meet, only ranks, so neither's scale can swamp the other;
 *  - weighted sum: each list's scores scaled to 0–1 by its best, then alpha × words + (1 − alpha) × meaning.
 */
export const RRF_K = 60;
/**
 * The weighted sum's share for the ranking by words. Measured (test/quality/fusion.test.ts, blind
 * topics, stand-in embeddings): the weighted sum beat RRF at every weighting tried (RRF 1:1 literal
 * 0.746 / paraphrased 0.370; weighted 0.6: 0.797 / 0.448; 0.75: 0.837 / 0.456), so it is the default.
 */
export const WORDS_ALPHA = 0.75;
/** The fusion used unless a caller asks for another. */
export const DEFAULT_FUSION: Fusion = 'weighted';

export interface Ranked {
  id: string;
  score: number;
}

export type Fusion = 'rrf' | 'weighted';

/** Reciprocal rank fusion of ranked lists (best first), with a weight per list. */
export function reciprocalRankFusion(lists: ReadonlyArray<readonly Ranked[]>, weights: readonly number[] = []): Map<string, number> {
  const out = new Map<string, number>();
  lists.forEach((list, l) => {
    const weight = weights[l] ?? 1;
    list.forEach((item, rank) => out.set(item.id, (out.get(item.id) ?? 0) + weight / (RRF_K + rank + 1)));
  });
  return out;
}

/** Weighted sum of best-scaled scores: alpha for words (first list), 1 − alpha for meaning (second). */
export function weightedSum(words: readonly Ranked[], meaning: readonly Ranked[], alpha = WORDS_ALPHA): Map<string, number> {
  const out = new Map<string, number>();
  const add = (list: readonly Ranked[], share: number): void => {
    const best = Math.max(Number.MIN_VALUE, ...list.map((r) => r.score));
    for (const r of list) out.set(r.id, (out.get(r.id) ?? 0) + (share * Math.max(0, r.score)) / best);
  };
  add(words, alpha);
  add(meaning, 1 - alpha);
  return out;
}

/** The fused order of two rankings, best first. */
export function fuse(words: readonly Ranked[], meaning: readonly Ranked[], how: Fusion): Ranked[] {
  const scores = how === 'rrf' ? reciprocalRankFusion([words, meaning]) : weightedSum(words, meaning);
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
