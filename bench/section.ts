import type { BenchResults } from './results.js';

/**
 * Runs one section: its outcome (and error) goes into the results, and a failure never stops the
 * run. Each section cleans up its own processes and servers in `finally`.
 */
export async function section<T>(results: BenchResults, name: string, run: () => T | Promise<T>): Promise<T | null> {
  const started = performance.now();
  process.stdout.write(`bench: ${name} …\n`);
  try {
    const value = await run();
    const ms = performance.now() - started;
    results.sections.push({ name, status: 'ok', ms, error: null });
    process.stdout.write(`bench: ${name} done in ${(ms / 1000).toFixed(1)} s\n`);
    return value;
  } catch (error) {
    const ms = performance.now() - started;
    const message = error instanceof Error ? error.message : String(error);
    results.sections.push({ name, status: 'failed', ms, error: message });
    process.stdout.write(`bench: ${name} FAILED after ${(ms / 1000).toFixed(1)} s: ${message.split('\n')[0] ?? ''}\n`);
    return null;
  }
}
