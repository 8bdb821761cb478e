import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliveryNonce } from '../../src/schedule/deliveryIdentity.js';
import { reconcileInFlight } from '../../src/schedule/reconcileInFlight.js';
import { runDueDigests } from '../../src/schedule/runDueDigests.js';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import type { Store } from '../../src/store/store.js';
import { tempStore } from '../subscriptions/tempStore.js';
import { FakePoster, postedMessageSchema, type PostedMessage } from '../../support/schedule/fakePoster.js';
import { jobDeps, subscribe } from './harness.js';
import { shippedLibrary } from '../../support/schedule/shippedLibrary.js';

let store: Store;
let file: string;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(() => {
  ({ store, file, dir, cleanup } = tempStore());
});
afterEach(async () => {
  await store.close(); // the store a test reopened after a "crash"
  await cleanup();
});

/** Runs crashChild until stdout has shown every line in `until`, then SIGKILLs it. */
function runAndKill(args: string[], until: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'schedule', 'crashChild.ts'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`crash child never got there; stdout: ${out}; stderr: ${err}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (until.every((line) => out.split('\n').includes(line))) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(out);
      else reject(new Error(`crash child exited on its own (${String(signal)}); stdout: ${out}; stderr: ${err}`));
    });
  });
}

describe('SIGKILL mid fan-out', () => {
  it('a restart posts each channel exactly once, with the claimed nonce and papers', async () => {
    for (const id of ['1', '2', '3', '4', '5']) await subscribe(store, id, { count: 3 });
    await store.close();
    const messagesFile = path.join(dir, 'messages.jsonl');
    // Concurrency 2: 1 and 2 post and are recorded; 3 posts, then dies before recording; 4 dies before posting; 5 never starts.
    const now = '2026-03-10T08:00:00.000Z';
    const out = await runAndKill([file, messagesFile, now, JSON.stringify({ '3': 'posted-then-hang', '4': 'hang' })], ['posted 3', 'calling 4']);
    expect(out).not.toContain('run finished');

    store = openSqliteStore(file);
    const before = Object.fromEntries(await Promise.all(['1', '2', '3', '4', '5'].map(async (id) => [id, await store.getDelivery(id, '2026-03-10')] as const)));
    expect(before['1']?.status).toBe('delivered');
    expect(before['2']?.status).toBe('delivered');
    expect(before['3']?.status).toBe('pending');
    expect(before['4']?.status).toBe('pending');
    expect(before['5']).toBeNull();

    const lines = existsSync(messagesFile) ? readFileSync(messagesFile, 'utf8').trim().split('\n') : [];
    const survived: PostedMessage[] = lines.map((l) => postedMessageSchema.parse(JSON.parse(l)));
    expect(survived.map((m) => m.channelId).sort()).toEqual(['1', '2', '3']);

    const library = await shippedLibrary();
    const poster = new FakePoster(survived);
    const restartAt = new Date('2026-03-10T08:02:00.000Z');
    expect(await reconcileInFlight(jobDeps(store, library, poster), restartAt)).toEqual({ recovered: 1, pending: 1 });
    expect(await runDueDigests(jobDeps(store, library, poster), restartAt)).toMatchObject({ delivered: 2, errors: 0 });
    await runDueDigests(jobDeps(store, library, poster), new Date('2026-03-10T08:03:00.000Z'));

    for (const id of ['1', '2', '3', '4', '5']) {
      const messages = poster.inChannel(id);
      expect(messages, `channel ${id}`).toHaveLength(1);
      expect(messages[0]?.nonce).toBe(deliveryNonce(id, '2026-03-10'));
      const row = await store.getDelivery(id, '2026-03-10');
      expect(row).toMatchObject({ status: 'delivered', messageId: messages[0]?.id });
      expect(messages[0]?.paperIds).toEqual(row?.papers.map((p) => p.paperId));
    }
    // 4 went out with the papers claimed before the kill.
    expect(poster.inChannel('4')[0]?.paperIds).toEqual(before['4']?.papers.map((p) => p.paperId));
  });
});
