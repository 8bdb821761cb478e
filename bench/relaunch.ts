import { spawn } from 'node:child_process';

const INNER = 'PAPERBOY_BENCH_INNER';

/**
 * The benchmark needs a heap big enough to hold two 100k-paper libraries at once and a real
 * `gc()`, which `tsx bench/run.ts` cannot ask for; so it re-runs itself with those Node flags.
 * Returns false in the re-run process (carry on), else never returns.
 */
export function relaunchWithFlags(script: string): boolean {
  if (process.env[INNER] === '1') return false;
  const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [INNER]: '1' },
  });
  // Ctrl-C reaches both processes; the inner one cleans up and exits, and this one follows.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 130)));
  return true;
}
