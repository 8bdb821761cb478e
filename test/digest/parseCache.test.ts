import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParseCache } from '../../src/digest/parseCache.js';
import { prepareDigest, prepareVersion } from '../../src/digest/prepareDigest.js';

const DIGEST = 'Tight Bounds for Things\nWe prove tight bounds for things, with a 3times speedup.\n';

describe('parse cache', () => {
  it('returns what was stored for a content hash, and nothing for unknown or corrupt entries', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paperboy-parse-'));
    const cache = createParseCache(dir);
    const prepared = prepareDigest('a.txt', new TextEncoder().encode(DIGEST));
    await cache.put(prepared);
    expect(await cache.get(prepared.hash)).toEqual(prepared);
    expect(await cache.get('0'.repeat(40))).toBeNull();
    writeFileSync(path.join(dir, 'parsed', `v${prepareVersion()}-${'1'.repeat(40)}.json`), '{not json');
    expect(await cache.get('1'.repeat(40))).toBeNull();
  });

  it('removes results an older parser wrote', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paperboy-parse-'));
    mkdirSync(path.join(dir, 'parsed'));
    writeFileSync(path.join(dir, 'parsed', `v0ld0ld0ld0l-${'2'.repeat(40)}.json`), '{}');
    writeFileSync(path.join(dir, 'parsed', 'notes.txt'), 'kept');
    const cache = createParseCache(dir);
    const prepared = prepareDigest('a.txt', new TextEncoder().encode(DIGEST));
    await cache.put(prepared);
    expect(readdirSync(path.join(dir, 'parsed')).sort()).toEqual(['notes.txt', `v${prepareVersion()}-${prepared.hash}.json`]);
  });
});
