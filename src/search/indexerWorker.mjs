// Worker entry (plain JS): tsx's loader hooks do not reach worker threads on their own, so the
// worker registers them itself before loading the TypeScript indexer.
import { register } from 'tsx/esm/api';

register();
await import('./indexerWorker.ts');
