import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyFeedState, writeFeedState } from '../../src/digest/feedState.js';
import { silentLogger } from '../../src/logger.js';
import { openLibrary } from '../../src/search/openLibrary.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { selectDigestPapers } from '../../src/schedule/selectDigestPapers.js';
import { applyLiveStats } from '../../src/search/liveStats.js';

const NOW = new Date('2026-03-14T10:00:00Z');
const TEXT_DIGEST = [
  'Mar 10',
  '',
  'Fast Encoder-Based 3D from Casual Videos via Point Track Processing',
  '',
  'This paper addresses the long-standing challenge of reconstructing 3D structures from videos with dynamic content, and it is long enough to be an abstract.',
  '',
].join('\n');

const item = (id: string, title: string, extra: Record<string, unknown> = {}, top: Record<string, unknown> = {}) => ({
  paper: {
    id,
    title,
    summary: `The abstract of ${title}, written over\nseveral lines as the API sends it, about long enough to read.`,
    authors: [{ name: 'Ada Lovelace', hidden: false }, { name: 'Grace Hopper', hidden: true }, { name: 'Alan Turing' }, { name: 'Edsger Dijkstra' }],
    upvotes: 10,
    ai_keywords: ['speculative decoding', 'draft model'],
    ai_summary: `${title} in one line.`,
    githubRepo: 'https://github.com/example/repo',
    githubStars: 1234,
    ...extra,
  },
  publishedAt: '2026-03-12T04:00:00.000Z',
  numComments: 3,
  ...top,
});

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function open(files: Record<string, unknown>, state = emptyFeedState()) {
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-live-'));
  const digests = path.join(dir, 'digests');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(digests);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(digests, name), typeof content === 'string' ? content : JSON.stringify(content));
  await writeFeedState(digests, state);
  return (await openLibrary({ digestsDir: digests, cacheDir: path.join(dir, 'cache'), now: NOW, logger: silentLogger })).library;
}

describe('the catalogue with feed papers', () => {
  it('merges a scraped paper and its feed item into one record with both listings, keeping the feed’s fields', async () => {
    const library = await open({
      '000_scrape.txt': TEXT_DIGEST,
      'daily-papers-2026-03-12-01.json': [item('2603.01234', 'Fast Encoder-Based 3D from Casual Videos via Point Track Processing')],
    });
    const found = library.papers.filter((p) => p.title.startsWith('Fast Encoder-Based 3D'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ arxivId: '2603.01234', tldr: expect.stringContaining('in one line'), githubStars: 1234, comments: 3, keywords: ['speculative decoding', 'draft model'] });
    expect(found[0]?.appearances.map((a) => a.date)).toEqual([null, '2026-03-12']);
  });

  it('keeps a paper listed on two days as one paper, and one renamed on its second listing too (arXiv id)', async () => {
    const library = await open({
      'daily-papers-2026-03-12-01.json': [item('2603.00001', 'Original Title of a Paper')],
      'daily-papers-2026-03-13-01.json': [item('2603.00001', 'Revised Title of a Paper', { upvotes: 30 })],
    });
    expect(library.papers).toHaveLength(1);
    expect(library.papers[0]).toMatchObject({ title: 'Original Title of a Paper', upvotes: 30 });
    expect(library.papers[0]?.appearances).toHaveLength(2);
  });

  it('finds feed papers by an author’s name and by their AI keywords', async () => {
    const library = await open({
      'daily-papers-2026-03-12-01.json': [item('2603.00001', 'Faster Inference for Language Models'), item('2603.00002', 'Protein Folding at Scale', { authors: [{ name: 'Rosalind Franklin' }], ai_keywords: ['structural biology'] })],
    });
    expect(searchPapers(library, 'Rosalind Franklin').hits.map((h) => h.paper.arxivId)).toEqual(['2603.00002']);
    expect(searchPapers(library, 'speculative decoding').hits[0]?.paper.arxivId).toBe('2603.00001');
  });

  it('drops a withdrawn paper from search, trending and digests, and applies live numbers without re-indexing', async () => {
    const state = emptyFeedState();
    state.stats['2603.00002'] = { upvotes: 99, comments: 5, githubRepo: null, githubStars: 2000, projectPage: null, tldr: 'Newer summary.', withdrawnAt: null };
    const library = await open({
      'daily-papers-2026-03-12-01.json': [item('2603.00001', 'Withdrawn Study of Decoding', { withdrawnAt: '2026-03-13T00:00:00Z' }), item('2603.00002', 'Kept Study of Decoding')],
    }, state);
    const kept = library.papers.find((p) => p.arxivId === '2603.00002');
    expect(kept).toMatchObject({ upvotes: 99, comments: 5, githubStars: 2000, tldr: 'Newer summary.' });
    expect(searchPapers(library, 'study of decoding').hits.map((h) => h.paper.arxivId)).toEqual(['2603.00002']);
    const picks = selectDigestPapers(library, { topics: [], count: 5 }, new Set(), NOW);
    expect(picks.map((p) => p.paper.arxivId)).toEqual(['2603.00002']);
    // A later refresh withdraws the other one, in place, and re-scores.
    const text = library.text;
    const after = applyLiveStats(library, { '2603.00002': { ...state.stats['2603.00002'], withdrawnAt: '2026-03-14T08:00:00Z' } }, NOW);
    expect(after.text).toBe(text);
    expect(selectDigestPapers(after, { topics: [], count: 5 }, new Set(), NOW)).toEqual([]);
  });

  it('ranks fresh papers first in a digest, whatever an old paper’s upvotes', async () => {
    const library = await open({
      '000_scrape.txt': TEXT_DIGEST.replace('Mar 10', 'Jan 2, 2026'),
      'daily-papers-2026-03-13-01.json': [item('2603.00001', 'A Fresh Paper About Decoding', { upvotes: 0 })],
    });
    library.papers.find((p) => p.title.startsWith('Fast Encoder'))!.upvotes = 5000;
    const ranked = selectDigestPapers(applyLiveStats(library, {}, NOW), { topics: [], count: 2 }, new Set(), NOW);
    expect(ranked.map((p) => p.paper.title)).toEqual(['A Fresh Paper About Decoding', 'Fast Encoder-Based 3D from Casual Videos via Point Track Processing']);
  });
});
