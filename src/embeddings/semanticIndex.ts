import type { EmbeddingsConfig } from '../config.js';
import type { Paper } from '../digest/schema.js';
import type { Logger } from '../logger.js';
import { createEmbedder, EmbeddingsError, type Embedder } from './embeddingsClient.js';
import { loadVectors, saveVectors, vectorFilePath } from './vectorFile.js';
import { VectorIndex } from './vectorIndex.js';

/** Batching and back-off for embedding the catalogue (rules as data). */
export const EMBEDDING_RUN = {
  batch: 32,
  /** First pause after a 429/5xx/time-out, doubled per failure up to `maxPauseMs`. */
  firstPauseMs: 1000,
  maxPauseMs: 60_000,
  /** Failures of one batch in a row before this run gives up (the next run tries again). */
  attempts: 6,
  /** How long one batch request may take. */
  batchTimeoutMs: 60_000,
  /** Characters of a paper's text sent (title plus TL;DR or abstract). */
  maxChars: 2000,
  /** Query vectors remembered (a page button re-ranks the same topic). */
  cachedQueries: 256,
} as const;

/** What a paper is embedded as: its title and its TL;DR, or its abstract when it has none. */
export function embeddingText(paper: Paper): string {
  return `${paper.title}\n${paper.tldr ?? paper.abstract}`.slice(0, EMBEDDING_RUN.maxChars);
}

export interface SemanticDeps {
  config: EmbeddingsConfig;
  cacheDir: string;
  logger: Logger;
  embed?: Embedder;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Waits `ms`, or less when `signal` aborts. */
export const pause = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });

/**
 * Search by meaning's state: the paper vectors (loaded from INDEX_CACHE_DIR, completed in the
 * background in batches with back-off, saved after each batch) and query embedding with a short
 * time-out. Until a paper has a vector it is simply found by words alone; a query whose embedding
 * fails, is late or has the wrong length gets null, and /search answers lexically.
 */
export class SemanticIndex {
  readonly #deps: SemanticDeps;
  readonly #embed: Embedder;
  readonly #file: string;
  #index: VectorIndex | null = null;
  #running: Promise<number> | null = null;
  readonly #queries = new Map<string, Float32Array>();

  constructor(deps: SemanticDeps) {
    this.#deps = deps;
    this.#embed = deps.embed ?? createEmbedder(deps.config);
    this.#file = vectorFilePath(deps.cacheDir, deps.config.model);
  }

  /** The vectors so far (null until the first are loaded or embedded). */
  current(): VectorIndex | null {
    return this.#index;
  }

  /** Loads saved vectors for the configured model, if any. */
  async load(): Promise<void> {
    this.#index = await loadVectors(this.#file, this.#deps.config.model);
    if (this.#index !== null) this.#deps.logger.info('embeddings loaded', { papers: this.#index.count, dim: this.#index.dim });
  }

  /** Embeds the papers that have no vector yet (one run at a time); resolves to how many were added. */
  sync(papers: readonly Paper[], signal: AbortSignal): Promise<number> {
    this.#running ??= this.#run(papers, signal).finally(() => { this.#running = null; });
    return this.#running;
  }

  async #run(papers: readonly Paper[], signal: AbortSignal): Promise<number> {
    const missing = papers.filter((p) => p.withdrawnAt === null && this.#index?.has(p.id) !== true);
    let added = 0;
    const sleep = this.#deps.sleep ?? pause;
    for (let start = 0; start < missing.length && !signal.aborted; start += EMBEDDING_RUN.batch) {
      const batch = missing.slice(start, start + EMBEDDING_RUN.batch);
      let vectors: Float32Array[] | null = null;
      for (let attempt = 0, wait: number = EMBEDDING_RUN.firstPauseMs; vectors === null && !signal.aborted; attempt += 1) {
        try {
          vectors = await this.#embed(batch.map(embeddingText), AbortSignal.any([signal, AbortSignal.timeout(EMBEDDING_RUN.batchTimeoutMs)]));
        } catch (error) {
          const retry = error instanceof EmbeddingsError && error.retryable && attempt + 1 < EMBEDDING_RUN.attempts;
          this.#deps.logger.warn(retry ? 'embeddings: batch failed; retrying after a pause' : 'embeddings: giving up for now; search stays lexical for papers without vectors', { reason: error instanceof Error ? error.message : String(error), attempt: attempt + 1 });
          if (!retry) return added;
          await sleep(error.retryAfterMs ?? wait, signal);
          wait = Math.min(wait * 2, EMBEDDING_RUN.maxPauseMs);
        }
      }
      if (vectors === null) return added;
      const dim = vectors[0]?.length ?? 0;
      const index = this.#index ?? VectorIndex.empty(this.#deps.config.model, dim);
      if (dim !== index.dim) {
        this.#deps.logger.error('embeddings: the model answered vectors of another length than the saved ones; remove the embeddings file or change EMBEDDINGS_MODEL', { got: dim, saved: index.dim });
        return added;
      }
      this.#index = index.withAdded(batch.map((p) => p.id), vectors);
      added += batch.length;
      await saveVectors(this.#file, this.#index).catch((error: unknown) => this.#deps.logger.warn('embeddings: could not save vectors', { reason: error instanceof Error ? error.message : String(error) }));
    }
    if (added > 0) this.#deps.logger.info('embeddings updated', { added, papers: this.#index?.count ?? 0 });
    return added;
  }

  /** The query's vector, or null (no vectors yet, time-out, failure, wrong length): search by words then. */
  async queryVector(text: string, signal?: AbortSignal): Promise<Float32Array | null> {
    const index = this.#index;
    if (index === null || text.length === 0) return null;
    const cached = this.#queries.get(text);
    if (cached !== undefined) return cached;
    try {
      const timeout = AbortSignal.timeout(this.#deps.config.timeoutMs);
      const [vector] = await this.#embed([text], signal === undefined ? timeout : AbortSignal.any([timeout, signal]));
      if (vector?.length !== index.dim) {
        this.#deps.logger.warn('embeddings: query vector has the wrong length; searching by words', { got: vector?.length ?? 0, want: index.dim });
        return null;
      }
      if (this.#queries.size >= EMBEDDING_RUN.cachedQueries) this.#queries.delete(this.#queries.keys().next().value ?? '');
      this.#queries.set(text, vector);
      return vector;
    } catch (error) {
      this.#deps.logger.warn('embeddings: query not embedded; searching by words', { reason: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }
}
