import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { IndexRequest, IndexResult } from './indexer.js';
import { manifestSchema } from './snapshot/manifest.js';

const replySchema = z.union([
  z.object({
    ok: z.literal(true),
    result: z.object({ mode: z.enum(['unchanged', 'incremental', 'full']), dir: z.string(), manifest: manifestSchema, ms: z.number(), indexed: z.number() }),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/**
 * Runs the indexer in a worker thread, so parsing, cleaning and indexing 100k papers never blocks
 * the event loop that answers Discord. The worker inherits this process's loader flags (tsx).
 */
export function indexInWorker(request: IndexRequest): Promise<IndexResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./indexerWorker.mjs', import.meta.url), { workerData: request });
    let settled = false;
    worker.once('message', (message: unknown) => {
      settled = true;
      const reply = replySchema.safeParse(message);
      if (!reply.success) reject(new Error('indexer: malformed reply from the worker'));
      else if (reply.data.ok) resolve(reply.data.result);
      else reject(new Error(reply.data.error));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`indexer: worker exited with code ${code} before answering`));
      settled = true;
    });
  });
}
