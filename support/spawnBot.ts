import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository root: bots run from here so `--import tsx` and relative paths resolve. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** One line the child printed; `json` is set when the line is a JSON object (the bot's log format). */
export interface LogLine {
  stream: 'stdout' | 'stderr';
  raw: string;
  json: Record<string, unknown> | null;
  at: number;
}

/** A regexp (tested on the raw line), a `msg` value, or a predicate. */
export type LogMatcher = RegExp | string | ((line: LogLine) => boolean);

export interface SpawnBotOptions {
  /** Added to a minimal environment (PATH, HOME); nothing else leaks in, least of all a real token. */
  env?: Record<string, string>;
  cwd?: string;
  /** Script to run with tsx, relative to cwd; default `src/main.ts`. */
  entry?: string;
  args?: string[];
  /** Runs this command instead of `node --import tsx <entry> …args` (e.g. `['npm', 'start']`). */
  command?: readonly [string, ...string[]];
  /** If set, spawnBot resolves only once a line matches (and rejects if the child exits first). */
  readyPattern?: LogMatcher;
  readyTimeoutMs?: number;
}

export interface BotProcess {
  readonly pid: number | undefined;
  readonly lines: readonly LogLine[];
  /** Parsed JSON log lines from stdout. */
  readonly logs: readonly Record<string, unknown>[];
  readonly exitCode: number | null;
  readonly signalCode: NodeJS.Signals | null;
  readonly exited: boolean;
  /** Resolves with the first line (from index `from`, default 0) that matches. */
  waitForLog(matcher: LogMatcher, timeoutMs?: number, from?: number): Promise<LogLine>;
  kill(signal?: NodeJS.Signals): void;
  /** Resolves with the exit code (null if killed by a signal). */
  waitForExit(timeoutMs?: number): Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function matches(matcher: LogMatcher, line: LogLine): boolean {
  if (typeof matcher === 'function') return matcher(line);
  if (typeof matcher === 'string') return line.json?.msg === matcher;
  return matcher.test(line.raw);
}

function parseJson(raw: string): Record<string, unknown> | null {
  if (!raw.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

class SpawnedBot implements BotProcess {
  readonly lines: LogLine[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly exitPromise: Promise<number | null>;

  constructor(private readonly child: ChildProcess) {
    for (const [stream, source] of [['stdout', child.stdout], ['stderr', child.stderr]] as const) {
      if (!source) continue;
      createInterface({ input: source }).on('line', (raw) => {
        this.lines.push({ stream, raw, json: stream === 'stdout' ? parseJson(raw) : null, at: Date.now() });
        this.notify();
      });
    }
    this.exitPromise = new Promise((resolve) => {
      child.once('exit', (code) => {
        live.delete(child);
        // Let readline flush the last lines before anyone looks.
        setImmediate(() => {
          this.notify();
          resolve(code);
        });
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get logs(): Record<string, unknown>[] {
    return this.lines.flatMap((l) => (l.json ? [l.json] : []));
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  get signalCode(): NodeJS.Signals | null {
    return this.child.signalCode;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** The last lines, for error messages. */
  tail(n = 20): string {
    return this.lines.slice(-n).map((l) => `  [${l.stream}] ${l.raw}`).join('\n') || '  (no output)';
  }

  waitForLog(matcher: LogMatcher, timeoutMs = 10_000, from = 0): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = this.lines.slice(from).find((line) => matches(matcher, line));
        if (found) {
          done();
          resolve(found);
        } else if (this.exited) {
          done();
          reject(new Error(`spawnBot: process exited (code ${String(this.exitCode)}, signal ${String(this.signalCode)}) before logging ${String(matcher)}; last output:\n${this.tail()}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`spawnBot: no log line matching ${String(matcher)} within ${timeoutMs} ms; last output:\n${this.tail()}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (!this.exited) this.child.kill(signal);
  }

  async waitForExit(timeoutMs = 10_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`spawnBot: process still running after ${timeoutMs} ms; last output:\n${this.tail()}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exitPromise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async stop(graceMs = 5000): Promise<number | null> {
    this.kill('SIGTERM');
    try {
      return await this.waitForExit(graceMs);
    } catch {
      this.kill('SIGKILL');
      return this.waitForExit(graceMs);
    }
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/**
 * Runs a bot (`node --import tsx <entry>`) as a child process and captures its output.
 * Pair every call with `stop()` or `stopAllBots()` in afterEach; a process exit hook is the last resort.
 */
export async function spawnBot(opts: SpawnBotOptions = {}): Promise<BotProcess> {
  const cwd = opts.cwd ?? REPO_ROOT;
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...opts.env };
  const [file, ...args] = opts.command ?? [process.execPath, '--import', 'tsx', opts.entry ?? 'src/main.ts', ...(opts.args ?? [])];
  const child = spawn(file, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
  const bot = new SpawnedBot(child);
  if (opts.readyPattern !== undefined) {
    try {
      await bot.waitForLog(opts.readyPattern, opts.readyTimeoutMs ?? 15_000);
    } catch (error) {
      await bot.stop(1000);
      throw error;
    }
  }
  return bot;
}

/** Stops every bot this process spawned that is still running. */
export async function stopAllBots(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 3000).unref();
        }),
    ),
  );
}
