import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the numbers were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  ramBytes: number;
  node: string;
  platform: string;
}

/** CPU model from /proc/cpuinfo (os.cpus() as fallback), cores, RAM, Node version. */
export function describeMachine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: keep os.cpus()
  }
  return { cpu, cores: os.availableParallelism(), ramBytes: os.totalmem(), node: process.version, platform: `${os.type()} ${os.release()}` };
}

/** The code measured: the commit, and how many files under src/ and commands/ differ from it. */
export function describeCode(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'commands'], { cwd: root, encoding: 'utf8' }).split('\n').filter((l) => l.trim().length > 0).length;
    return dirty === 0 ? `commit ${head}` : `commit ${head} + ${dirty} uncommitted file(s) under src/ and commands/`;
  } catch {
    return 'unknown (no git)';
  }
}
