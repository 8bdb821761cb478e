import { parentPort, workerData } from 'node:worker_threads';
import { runIndexer, type IndexRequest } from './indexer.js';

// Worker entry: runs the indexer off the bot's main thread and reports back once.
const request = workerData as IndexRequest;
runIndexer(request).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
);
