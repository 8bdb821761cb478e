import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let cached: (() => void) | undefined;

/** A full garbage collection, even without --expose-gc (the flag is switched on at run time). */
export function collectGarbage(): void {
  if (cached === undefined) {
    const global = globalThis as { gc?: () => void };
    if (typeof global.gc === 'function') cached = global.gc;
    else {
      setFlagsFromString('--expose-gc');
      cached = runInNewContext('gc') as () => void;
    }
  }
  cached();
  cached();
}

/**
 * Memory held after a full collection, in bytes: the JS heap plus memory outside it that JS
 * objects own (ArrayBuffer and Buffer backing stores — where typed-array indexes keep their data).
 */
export function settledHeap(): number {
  collectGarbage();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
}
