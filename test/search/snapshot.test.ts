import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { lookup } from '../../src/search/lookup.js';
import { openLibrary } from '../../src/search/openLibrary.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { readManifest } from '../../src/search/snapshot/manifest.js';
import { suggest } from '../../src/search/suggest.js';
import { REPO_ROOT } from '../../support/spawnBot.js';
import { TEST_NOW, shippedLibrary } from '../helpers/library.js';

const dirs: string[] = [];
function workspace(): { digests: string; cache: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-snap-'));
  dirs.push(dir);
  const digests = path.join(dir, 'digests');
  cpSync(path.join(REPO_ROOT, 'data', 'digests'), digests, { recursive: true });
  return { digests, cache: path.join(dir, 'cache') };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const warnings: string[] = [];
const logger = createLogger({ level: 'warn', write: (line) => warnings.push(line) });
const ABSTRACT = 'We introduce Frobnicator, a method that frobnicates transformers and makes them 3× faster on every benchmark we could find.';

describe('snapshots', () => {
  it('builds once, then loads the saved index, answering exactly like a fresh build', async () => {
    const ws = workspace();
    const first = await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger });
    expect(first.source).toBe('full');
    const second = await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger });
    expect(second.source).toBe('snapshot');
    const fresh = await shippedLibrary();
    const loaded = second.library;
    expect(loaded.papers.map((p) => [p.id, p.abstract])).toEqual(fresh.papers.map((p) => [p.id, p.abstract]));
    expect(JSON.parse(JSON.stringify(loaded.papers[5]))).toEqual(JSON.parse(JSON.stringify(fresh.papers[5])));
    for (const topic of ['linear attention', 'kv cache', 'sparse autoencoders']) {
      expect(searchPapers(loaded, topic, { limit: 10 }).hits.map((h) => h.paper.id)).toEqual(searchPapers(fresh, topic, { limit: 10 }).hits.map((h) => h.paper.id));
    }
    for (const q of ['flash atention', 'PLANSEARCH', 'edge moe']) expect(lookup(loaded, q).paper?.id).toBe(lookup(fresh, q).paper?.id);
    expect(suggest(loaded, 'zipc')).toEqual(suggest(fresh, 'zipc'));
    expect(Array.from(loaded.popularity)).toEqual(Array.from(fresh.popularity));
  });

  it('indexes an added digest incrementally and never serves a stale snapshot', async () => {
    const ws = workspace();
    await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger });
    writeFileSync(path.join(ws.digests, '100_new.txt'), `Nov 23\n\nFrobnicator: Faster Transformers by Frobnication\n\n${ABSTRACT}\n\nLLM-FP4: 4-Bit Floating-Point Quantized Transformers\n\n${ABSTRACT}\n`);
    const grown = await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger });
    expect(grown.source).toBe('incremental');
    expect(grown.library.text.segments).toHaveLength(2);
    expect(grown.library.papers).toHaveLength(352);
    expect(lookup(grown.library, 'frobnicator').paper?.title).toBe('Frobnicator: Faster Transformers by Frobnication');
    expect(searchPapers(grown.library, 'frobnicates transformers').hits[0]?.paper.title).toMatch(/^Frobnicator/);
    // A known paper gains the appearance but keeps its text.
    const fp4 = grown.library.papers.find((p) => p.title.startsWith('LLM-FP4'));
    expect(fp4?.appearances.map((a) => a.digest)).toContain('100_new.txt');
    expect(fp4?.abstract).not.toBe(ABSTRACT);
    // Editing a digest in place changes the key: a full rebuild, not the old snapshot.
    writeFileSync(path.join(ws.digests, '100_new.txt'), `Nov 23\n\nSomething Else Entirely\n\n${ABSTRACT}\n`);
    const edited = await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger });
    expect(edited.source).toBe('full');
    expect(lookup(edited.library, 'frobnicator').paper?.title).not.toBe('Frobnicator: Faster Transformers by Frobnication');
    expect(edited.library.papers).toHaveLength(352);
  });

  it('rebuilds when the saved index is damaged', async () => {
    const ws = workspace();
    await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger });
    const current = await readManifest(ws.cache);
    writeFileSync(path.join(current?.dir ?? '', 'segment-0.bin'), 'garbage');
    warnings.length = 0;
    const again = await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger });
    expect(again.source).toBe('full');
    expect(again.library.papers).toHaveLength(351);
    expect(warnings.some((w) => w.includes('saved index could not be read; rebuilding it'))).toBe(true);
  });

  it('builds in a worker thread like in process', async () => {
    const ws = workspace();
    const opened = await openLibrary({ digestsDir: ws.digests, cacheDir: ws.cache, now: TEST_NOW, logger, worker: true });
    expect(opened.source).toBe('full');
    expect(opened.library.papers).toHaveLength(351);
    expect(JSON.parse(readFileSync(path.join((await readManifest(ws.cache))?.dir ?? '', 'manifest.json'), 'utf8')).paperCount).toBe(351);
  }, 60_000);
});
