import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { standInVector } from './vectors.js';

/** How the stand-in misbehaves (all off by default). */
export interface EmbeddingsFaults {
  /** Wait this long before answering. */
  delayMs: number;
  /** Answer this many requests with this status first (429 with Retry-After: 0 tests back-off). */
  failNext: number;
  failStatus: number;
  /** Answer vectors of this length instead (a "wrong dimension" model). */
  dim: number | null;
  /** Faults only for one-text requests (queries) or only for batches (papers); both by default. */
  only: 'queries' | 'batches' | null;
}

export interface FakeEmbeddings {
  /** Base URL to put in EMBEDDINGS_BASE_URL (ends in /v1). */
  url: string;
  /** Every request: model, texts, authorization header. */
  requests: Array<{ model: string; input: string[]; authorization: string | undefined }>;
  faults: EmbeddingsFaults;
  /** Texts embedded so far (all requests). */
  embedded(): number;
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible `POST /v1/embeddings` on 127.0.0.1 with deterministic vectors
 * (vectors.ts), for tests: no network, no model.
 */
export async function startFakeEmbeddings(dim = 64): Promise<FakeEmbeddings> {
  const requests: FakeEmbeddings['requests'] = [];
  const faults: EmbeddingsFaults = { delayMs: 0, failNext: 0, failStatus: 500, dim: null, only: null };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
        res.statusCode = 404;
        res.end('{"error":"not found"}');
        return;
      }
      const parsed = JSON.parse(body) as { model?: unknown; input?: unknown };
      const input = (Array.isArray(parsed.input) ? parsed.input : [parsed.input]).map(String);
      requests.push({ model: String(parsed.model), input, authorization: req.headers.authorization });
      const applies = faults.only === null || (faults.only === 'queries') === (input.length === 1);
      const answer = (): void => {
        if (applies && faults.failNext > 0) {
          faults.failNext -= 1;
          res.statusCode = faults.failStatus;
          if (faults.failStatus === 429) res.setHeader('retry-after', '0');
          res.end('{"error":"unavailable"}');
          return;
        }
        const size = applies && faults.dim !== null ? faults.dim : dim;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ object: 'list', model: parsed.model, data: input.map((text, index) => ({ object: 'embedding', index, embedding: standInVector(text, size) })) }));
      };
      if (applies && faults.delayMs > 0) setTimeout(answer, faults.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    faults,
    embedded: () => requests.reduce((n, r) => n + r.input.length, 0),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
