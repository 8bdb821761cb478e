import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from '../support/spawnBot.js';

const live = new Set<ChildProcess>();

/** Kills every child this process started that is still running (run on exit and on failure). */
export function killChildren(): void {
  for (const child of live) child.kill('SIGKILL');
}

/**
 * Runs `node [nodeArgs] --import tsx <script> [args]` from the repository root and parses the last
 * stdout line as JSON. Rejects on a non-zero exit, unparsable output, or after `timeoutMs`.
 */
export function runChildJson(script: string, args: readonly string[], options: { timeoutMs: number; nodeArgs?: readonly string[] }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? ['--expose-gc']), '--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
    });
    live.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench: ${script} still running after ${Math.round(options.timeoutMs / 1000)} s; killed`));
    }, options.timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      if (code !== 0) {
        const lines = stderr.trim().split('\n');
        const cause = lines.find((l) => /\b\w*Error\b|error:/.test(l)) ?? lines.at(-1) ?? '';
        reject(new Error(`bench: ${script} exited with ${code ?? signal}: ${cause.trim().slice(0, 300)}`));
        return;
      }
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`bench: ${script} printed no JSON result (last line: ${last.slice(0, 200)})`));
      }
    });
  });
}
