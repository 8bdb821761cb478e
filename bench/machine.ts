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
