import { z } from 'zod';
import type { EmbeddingsConfig } from '../config.js';
import { readCapped } from '../http/readCapped.js';

/** Most bytes read from one embeddings answer (a batch of 32 vectors of 4096 floats is ~2.5 MB as JSON). */
const MAX_BYTES = 16 * 1024 * 1024;

const replySchema = z.object({
  data: z.array(z.object({ embedding: z.array(z.number()), index: z.number().int().nonnegative().optional() })),
});

/** A failed embeddings request; `retryable` for 429 and 5xx (the batch is tried again after a pause). */
export class EmbeddingsError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  constructor(message: string, retryable: boolean, retryAfterMs: number | null = null) {
    super(`embeddings: ${message}`);
    this.name = 'EmbeddingsError';
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Turns texts into unit-length vectors; one request per call. */
export type Embedder = (texts: readonly string[], signal?: AbortSignal) => Promise<Float32Array[]>;

/** Scales a vector to unit length in place (cosine similarity becomes a dot product). */
export function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i += 1) vector[i] = (vector[i] ?? 0) / norm;
  return vector;
}

/**
 * An embedder for any OpenAI-compatible `POST <base>/embeddings` (Ollama, llama.cpp's server,
 * text-embeddings-inference, hosted APIs). The answer is read with a cap and checked: one finite
 * vector per text, all of one length, in `index` order when given.
 */
export function createEmbedder(config: EmbeddingsConfig, fetchImpl: typeof fetch = fetch): Embedder {
  return async (texts, signal) => {
    if (texts.length === 0) return [];
    let response: Response;
    try {
      response = await fetchImpl(`${config.baseUrl}/embeddings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(config.apiKey === null ? {} : { authorization: `Bearer ${config.apiKey}` }) },
        body: JSON.stringify({ model: config.model, input: texts }),
        ...(signal === undefined ? {} : { signal }),
      });
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) throw new EmbeddingsError('timed out', true);
      throw new EmbeddingsError(`unreachable (${error instanceof Error ? error.message : String(error)})`, true);
    }
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after') ?? '');
      await response.body?.cancel().catch(() => undefined);
      throw new EmbeddingsError(`HTTP ${response.status}`, response.status === 429 || response.status >= 500, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null);
    }
    let body: unknown;
    try {
      body = JSON.parse(await readCapped(response, MAX_BYTES, 'embeddings'));
    } catch (error) {
      throw new EmbeddingsError(`unreadable answer (${error instanceof Error ? error.message : String(error)})`, false);
    }
    const parsed = replySchema.safeParse(body);
    if (!parsed.success) throw new EmbeddingsError('answer is not {"data": [{"embedding": [...]}]}', false);
    const rows = [...parsed.data.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    if (rows.length !== texts.length) throw new EmbeddingsError(`asked for ${texts.length} vectors, got ${rows.length}`, false);
    const dim = rows[0]?.embedding.length ?? 0;
    if (dim === 0 || rows.some((r) => r.embedding.length !== dim || r.embedding.some((x) => !Number.isFinite(x)))) {
      throw new EmbeddingsError('vectors are empty, of different lengths or not finite', false);
    }
    return rows.map((r) => normalize(Float32Array.from(r.embedding)));
  };
}
