import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPreparedDigests } from '../../src/digest/loadDigests.js';
import { paperById, type Library } from '../../src/search/library.js';
import { openLibrary } from '../../src/search/openLibrary.js';
import { silentLogger } from '../../src/logger.js';
import { extendLibrary } from '../../src/search/extendLibrary.js';
import { lookup } from '../../src/search/lookup.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { suggest } from '../../src/search/suggest.js';
import { REPO_ROOT } from '../../support/spawnBot.js';
import { TEST_NOW } from '../helpers/library.js';

const item = (id: string, title: string, summary: string, extra: Record<string, unknown> = {}) => ({
  paper: { id, title, summary, authors: [{ name: 'Ada Lovelace' }], upvotes: 12, ai_keywords: ['speculative decoding'], ...extra },
  publishedAt: '2026-11-22T04:00:00.000Z',
});

let dir = '';
let base: Library;
let extended: Library;
let rebuilt: Library;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-extend-'));
  cpSync(path.join(REPO_ROOT, 'data', 'digests'), dir, { recursive: true });
  const cacheDir = path.join(dir, '.cache');
  const open = async () => (await openLibrary({ digestsDir: dir, cacheDir, now: TEST_NOW, logger: silentLogger })).library;
  base = await open();
  writeFileSync(path.join(dir, 'daily-papers-2026-11-22-01.json'), JSON.stringify([
    item('2611.00001', 'Frobnicated Speculative Decoding: Drafting Without a Draft Model', 'We introduce FrobDraft, which drafts tokens for speculative decoding without a separate draft model, and speeds up generation 2.5× on every benchmark we could find.'),
    item('2611.00002', 'Quantum Annealing for Sparse Attention Masks', 'QAMask chooses sparse attention masks with a quantum annealer and matches dense attention on long-context retrieval.'),
    // Listed again: the shipped paper gains a listing, no new paper.
    item('2611.00003', base.papers[0]?.title ?? 'x', base.papers[0]?.abstract ?? 'x'),
  ]));
  const day = await readPreparedDigests(dir, { files: ['daily-papers-2026-11-22-01.json'] });
  extended = await extendLibrary(base, day, TEST_NOW, () => Promise.resolve());
  // What the indexer makes of the same folder: the previous snapshot plus one segment.
  rebuilt = await open();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extendLibrary (a day from the feed, without a rebuild)', () => {
  it('is compared with what the incremental indexer builds from the same files', () => {
    expect(rebuilt.text.segments).toHaveLength(2);
    expect(extended.text.segments).toHaveLength(2);
  });

  it('holds the same papers as the indexer, the re-listed one merged', () => {
    expect(extended.papers.map((p) => p.id)).toEqual(rebuilt.papers.map((p) => p.id));
    expect(extended.papers[0]?.appearances).toHaveLength(2);
    expect(extended.papers[0]?.arxivId).toBe('2611.00003');
  });

  it('answers searches, lookups and autocomplete like the indexed library', () => {
    for (const topic of ['speculative decoding', 'sparse attention', 'Ada Lovelace', 'diffusion models', 'linear attention']) {
      expect(searchPapers(extended, topic, { limit: 10 }).hits.map((h) => h.paper.id)).toEqual(searchPapers(rebuilt, topic, { limit: 10 }).hits.map((h) => h.paper.id));
    }
    for (const query of ['FrobDraft', 'QAMask', 'Quantum Annealing for Sparse', 'FlashAttention']) {
      expect(lookup(extended, query).paper?.id).toBe(lookup(rebuilt, query).paper?.id);
    }
    expect(lookup(extended, 'QAMask').paper?.title).toBe('Quantum Annealing for Sparse Attention Masks');
    for (const typed of ['frob', 'quantum ann', 'flash']) {
      expect(suggest(extended, typed).map((s) => s.id)).toEqual(suggest(rebuilt, typed).map((s) => s.id));
    }
  });

  it('ranks trending like the indexed library', () => {
    expect(Array.from(extended.popularOrder.slice(0, 20))).toEqual(Array.from(rebuilt.popularOrder.slice(0, 20)));
  });

  it('leaves the library it grew from as it was (a reader of the old one never sees the new papers)', () => {
    const added = extended.papers.at(-1);
    expect(added?.title).toBe('Quantum Annealing for Sparse Attention Masks');
    expect(paperById(extended, added?.id ?? '')).toBe(added);
    expect(paperById(base, added?.id ?? '')).toBeUndefined();
    expect(base.papers).toHaveLength(extended.papers.length - 2);
  });
});
