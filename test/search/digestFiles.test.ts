import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashBytes } from '../../src/digest/prepareDigest.js';
import { digestFiles } from '../../src/search/indexer.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string, secondsAgo: number): void {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const at = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, at, at);
}

describe('digestFiles (the snapshot key of a digest folder)', () => {
  it('keeps a recorded hash when size and time stamp match, and hashes a changed file again', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-files-'));
    write('a.txt', 'Paper A\nabstract', 60);
    write('b.txt', 'Paper B\nabstract', 60);
    const first = await digestFiles(dir);
    expect(first.map((f) => f.hash)).toEqual([hashBytes(Buffer.from('Paper A\nabstract')), hashBytes(Buffer.from('Paper B\nabstract'))]);
    expect(first.every((f) => f.size !== undefined && f.mtimeMs !== undefined)).toBe(true);
    // A recorded hash that no longer matches the bytes proves the file was not read again.
    const recorded = first.map((f) => (f.name === 'a.txt' ? { ...f, hash: 'from-the-manifest' } : f));
    const again = await digestFiles(dir, recorded);
    expect(again[0]?.hash).toBe('from-the-manifest');
    // Same size, new time stamp: read and hashed again.
    write('b.txt', 'Paper C\nabstract', 30);
    const changed = await digestFiles(dir, recorded.map((f) => (f.name === 'b.txt' ? { ...f, hash: 'stale' } : f)));
    expect(changed[1]?.hash).toBe(hashBytes(Buffer.from('Paper C\nabstract')));
  });

  it('records no stat for a file that changed moments ago (it could change again within the same time stamp)', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-files-'));
    write('a.txt', 'Paper A\nabstract', 0);
    const [file] = await digestFiles(dir);
    expect(file?.size).toBeUndefined();
    const again = await digestFiles(dir, [{ name: 'a.txt', hash: 'stale' }]);
    expect(again[0]?.hash).toBe(hashBytes(Buffer.from('Paper A\nabstract')));
  });
});
