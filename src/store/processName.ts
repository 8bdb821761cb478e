import { randomBytes } from 'node:crypto';
import os from 'node:os';

/** This process's name as a lease holder: host, pid and a random tag (a restarted process is a new holder). */
export function processName(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}
