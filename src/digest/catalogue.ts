import type { Paper } from './schema.js';

/** One digest file as loaded, for `stats` and ranking. */
export interface DigestSummary {
  file: string;
  /** SHA-1 of the file's bytes (what snapshots are keyed by). */
  hash: string;
  entries: number;
  dateLabel: string | null;
  date: string | null;
}

/** Every paper paperboy knows, with where they came from and what went wrong loading them. */
export interface Catalogue {
  readonly papers: readonly Paper[];
  readonly byId: ReadonlyMap<string, Paper>;
  readonly digests: readonly DigestSummary[];
  readonly warnings: readonly string[];
  /** Entries read across all digests, before merging duplicates. */
  readonly entryCount: number;
}

/** Builds the catalogue's lookup structures around merged papers. */
export function makeCatalogue(papers: readonly Paper[], digests: readonly DigestSummary[], warnings: readonly string[]): Catalogue {
  let byId: Map<string, Paper> | undefined;
  return {
    papers,
    // Built on first use: a 100k-paper map the serving path never needs (it has Library.position).
    get byId() {
      byId ??= new Map(papers.map((p) => [p.id, p]));
      return byId;
    },
    digests,
    warnings,
    entryCount: digests.reduce((n, d) => n + d.entries, 0),
  };
}
