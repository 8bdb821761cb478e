import { processTerm } from './analyze.js';
import { bm25Idf, bm25Score } from './bm25.js';
import { editDistance } from './editDistance.js';
import { indexOfSorted, lowerBound } from './sorted.js';
import { popcount, siftDown, siftUp } from './topHits.js';
import { F, FIELDS, TITLE_FIELDS, type Field, type Segment } from './textSegment.js';

/**
 * The full-text index: BM25 over title, aliases, abstract, the feed's AI keywords and author names, scored exactly as minisearch scores
 * a multi-field index (BM25+ per field (`bm25Score` in bm25.ts), field boosts, prefix and fuzzy expansions weighted down,
 * the sum multiplied by how many query terms matched), but stored as flat typed arrays — postings
 * in CSR form per (term, field) — so it builds in one pass, holds 100k abstracts in tens of
 * megabytes, and saves to and loads from disk as raw buffers in milliseconds. minisearch keeps
 * the small title/alias index (titleSearch.ts); see the README for why the abstracts moved here.
 *
 * An index is a list of immutable segments (textSegment.ts) over consecutive document numbers (catalogue
 * positions); new digests add a segment instead of rebuilding (incremental indexing).
 */

/** How a query is matched: field boosts, prefix and fuzzy expansion per term, their weights. */
export interface TextQueryOptions {
  boost: Record<Field, number>;
  prefix?: (term: string) => boolean;
  /** Edit distance allowed for a term with no exact match in the dictionary (0 = none). */
  fuzzy?: (term: string) => number;
  weights?: { prefix: number; fuzzy: number };
  /** Most results returned (best first). */
  limit: number;
  /** Only documents for which this returns true (e.g. live ones). */
  accept?: (doc: number) => boolean;
}

/** One scored document: its number, score, which query terms it matched, whether in title/aliases. */
export interface TextHit {
  doc: number;
  score: number;
  /** Bit i set when query term i matched. */
  termMask: number;
  /** Bit i set when query term i matched in the title or aliases. */
  titleMask: number;
}

/** Total length of each field over the segments' documents. */
function fieldLengthSums(segments: readonly Segment[]): Float64Array {
  const sums = new Float64Array(F);
  for (const s of segments) {
    for (let i = 0; i < s.lengths.length; i += F) for (let f = 0; f < F; f += 1) sums[f] = (sums[f] ?? 0) + (s.lengths[i + f] ?? 0);
  }
  return sums;
}

/** A multi-segment index (immutable; adding a segment makes a new index). */
export class TextIndex {
  readonly segments: readonly Segment[];
  readonly docCount: number;
  readonly avgLength: Float64Array;
  // Scratch buffers reused across queries (queries are synchronous).
  #scores = new Float64Array(0);
  #masks = new Uint32Array(0);
  #titleMasks = new Uint32Array(0);
  #touched = new Uint32Array(0);

  // Field length sums over every segment (kept so that adding a segment reads only that segment).
  readonly #lengthSums: Float64Array;

  constructor(segments: readonly Segment[], lengthSums?: Float64Array) {
    this.segments = segments;
    this.docCount = segments.reduce((n, s) => n + s.docCount, 0);
    this.#lengthSums = lengthSums ?? fieldLengthSums(segments);
    this.avgLength = this.#lengthSums.map((sum) => (this.docCount === 0 ? 1 : Math.max(1, sum / this.docCount)));
  }

  /** A new index with one more segment (numbered after the existing documents). */
  withSegment(segment: Segment): TextIndex {
    const sums = fieldLengthSums([segment]);
    for (let f = 0; f < F; f += 1) sums[f] = (sums[f] ?? 0) + (this.#lengthSums[f] ?? 0);
    return new TextIndex([...this.segments, segment], sums);
  }

  /**
   * About how many documents hold `term`: its longest per-field posting list, summed over
   * segments (a cheap stand-in for document frequency, used to weigh query words).
   */
  fieldFrequency(term: string): number {
    let total = 0;
    for (const s of this.segments) {
      const t = indexOfSorted(s.terms, term);
      if (t < 0) continue;
      let most = 0;
      for (let f = 0; f < F; f += 1) most = Math.max(most, (s.offsets[t * F + f + 1] ?? 0) - (s.offsets[t * F + f] ?? 0));
      total += most;
    }
    return total;
  }

  /** Whether any segment knows the term. */
  has(term: string): boolean {
    return this.segments.some((s) => indexOfSorted(s.terms, term) >= 0);
  }

  /** Dictionary terms starting with `prefix` (deduplicated across segments). */
  termsWithPrefix(prefix: string): string[] {
    const out = new Set<string>();
    for (const s of this.segments) {
      for (let i = lowerBound(s.terms, prefix); i < s.terms.length && (s.terms[i] ?? '').startsWith(prefix); i += 1) out.add(s.terms[i] ?? '');
    }
    return [...out];
  }

  /**
   * Dictionary terms within `distance` edits of `term`, with their distance. Only terms sharing
   * the first letter are tried: typos there are rare, and it keeps the scan to a slice of the
   * dictionary (a binary-searched range) even at 100k papers.
   */
  termsNear(term: string, distance: number): Map<string, number> {
    const out = new Map<string, number>();
    const first = term.slice(0, 1);
    for (const s of this.segments) {
      for (let i = lowerBound(s.terms, first); i < s.terms.length; i += 1) {
        const candidate = s.terms[i] ?? '';
        if (!candidate.startsWith(first)) break;
        if (Math.abs(candidate.length - term.length) > distance || out.has(candidate)) continue;
        const d = editDistance(term, candidate, distance);
        if (d > 0 && d <= distance) out.set(candidate, d);
      }
    }
    return out;
  }

  /**
   * How often `term` (and, when `prefix`, up to 8 dictionary terms it begins) occurs in each field
   * of document `doc`: one binary search per field in the term's posting list. What aboutness.ts
   * reads instead of re-tokenizing a paper's text.
   */
  fieldCounts(term: string, doc: number, prefix: boolean): number[] {
    const counts = new Array<number>(F).fill(0);
    for (const s of this.segments) {
      if (doc < s.base || doc >= s.base + s.docCount) continue;
      const local = doc - s.base;
      const first = lowerBound(s.terms, term);
      for (let t = first; t < s.terms.length && t < first + 9 && (s.terms[t] === term || (prefix && (s.terms[t] ?? '').startsWith(term))); t += 1) {
        for (let f = 0; f < F; f += 1) {
          const at = lowerBoundDoc(s.docs, s.offsets[t * F + f] ?? 0, s.offsets[t * F + f + 1] ?? 0, local);
          if (at >= 0) counts[f] = (counts[f] ?? 0) + (s.freqs[at] ?? 0);
        }
      }
    }
    return counts;
  }

  /** Scores documents for already-processed query terms (at most 32), best first. */
  search(queryTerms: readonly string[], options: TextQueryOptions): TextHit[] {
    const terms = queryTerms.slice(0, 32);
    this.#ensureScratch();
    const scores = this.#scores;
    const masks = this.#masks;
    const titleMasks = this.#titleMasks;
    const touched = this.#touched;
    let touchedCount = 0;
    const weights = options.weights ?? { prefix: 0.375, fuzzy: 0.45 };
    const add = (segment: Segment, t: number, weight: number, bit: number): void => {
      for (let f = 0; f < F; f += 1) {
        const start = segment.offsets[t * F + f] ?? 0;
        const end = segment.offsets[t * F + f + 1] ?? 0;
        if (end === start) continue;
        const field = FIELDS[f] as Field;
        const boost = options.boost[field] * weight;
        const idf = bm25Idf(this.docCount, end - start);
        const avg = this.avgLength[f] ?? 1;
        for (let i = start; i < end; i += 1) {
          const local = segment.docs[i] ?? 0;
          const doc = segment.base + local;
          const tf = segment.freqs[i] ?? 0;
          const length = segment.lengths[local * F + f] ?? 0;
          const score = bm25Score(tf, length, avg, idf);
          if (masks[doc] === 0) touched[touchedCount++] = doc;
          scores[doc] = (scores[doc] ?? 0) + boost * score;
          masks[doc] = (masks[doc] ?? 0) | bit;
          if (f < TITLE_FIELDS) titleMasks[doc] = (titleMasks[doc] ?? 0) | bit;
        }
      }
    };
    terms.forEach((term, q) => {
      const bit = 1 << q;
      const exact = new Set<string>();
      for (const s of this.segments) {
        const t = indexOfSorted(s.terms, term);
        if (t >= 0) {
          exact.add(term);
          add(s, t, 1, bit);
        }
      }
      if (options.prefix?.(term) === true) {
        for (const s of this.segments) {
          for (let i = lowerBound(s.terms, term); i < s.terms.length && (s.terms[i] ?? '').startsWith(term); i += 1) {
            const expanded = s.terms[i] ?? '';
            if (expanded === term) continue;
            add(s, i, (weights.prefix * expanded.length) / (expanded.length + 0.3 * (expanded.length - term.length)), bit);
          }
        }
      }
      const distance = exact.size === 0 ? (options.fuzzy?.(term) ?? 0) : 0;
      if (distance > 0) {
        for (const [near, d] of this.termsNear(term, distance)) {
          if (options.prefix?.(term) === true && near.startsWith(term)) continue;
          for (const s of this.segments) {
            const t = indexOfSorted(s.terms, near);
            if (t >= 0) add(s, t, (weights.fuzzy * near.length) / (near.length + d), bit);
          }
        }
      }
    });
    // Collect, multiply by the number of query terms matched (as minisearch does), and keep the
    // best `limit` in a min-heap, so only the winners become objects.
    const limit = Math.max(1, options.limit);
    const heapScore = new Float64Array(limit);
    const heapDoc = new Uint32Array(limit);
    let size = 0;
    for (let i = 0; i < touchedCount; i += 1) {
      const doc = touched[i] ?? 0;
      const mask = masks[doc] ?? 0;
      const score = (scores[doc] ?? 0) * popcount(mask);
      scores[doc] = 0;
      masks[doc] = 0;
      if (options.accept !== undefined && !options.accept(doc)) {
        titleMasks[doc] = 0;
        continue;
      }
      // Keep the term masks of candidates until the heap settles; cleared below.
      masks[doc] = mask;
      if (size < limit) {
        heapScore[size] = score;
        heapDoc[size] = doc;
        size += 1;
        siftUp(heapScore, heapDoc, size - 1);
      } else if (score > (heapScore[0] ?? 0)) {
        const evicted = heapDoc[0] ?? 0;
        masks[evicted] = 0;
        titleMasks[evicted] = 0;
        heapScore[0] = score;
        heapDoc[0] = doc;
        siftDown(heapScore, heapDoc, size);
      } else {
        masks[doc] = 0;
        titleMasks[doc] = 0;
      }
    }
    const hits: TextHit[] = [];
    for (let i = 0; i < size; i += 1) {
      const doc = heapDoc[i] ?? 0;
      hits.push({ doc, score: heapScore[i] ?? 0, termMask: masks[doc] ?? 0, titleMask: titleMasks[doc] ?? 0 });
      masks[doc] = 0;
      titleMasks[doc] = 0;
    }
    return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  #ensureScratch(): void {
    if (this.#scores.length >= this.docCount) return;
    this.#scores = new Float64Array(this.docCount);
    this.#masks = new Uint32Array(this.docCount);
    this.#titleMasks = new Uint32Array(this.docCount);
    this.#touched = new Uint32Array(this.docCount);
  }
}

/** Position of `doc` in the ascending slice docs[start, end), or -1. */
function lowerBoundDoc(docs: Uint32Array, start: number, end: number, doc: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((docs[mid] ?? 0) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && docs[lo] === doc ? lo : -1;
}

/** Processes a query the way the index processed documents (stop words out, stems). */
export function indexTerms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const t = processTerm(w);
    if (t !== null && !out.includes(t)) out.push(t);
  }
  return out;
}
