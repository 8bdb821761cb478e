import { describe, expect, it } from 'vitest';
import { parseFeedJson } from '../../src/digest/parseFeedJson.js';

const item = (id: string, title: string) => ({
  paper: {
    id,
    title,
    summary: 'We present a thing that works well on many benchmarks and is fast.',
    authors: [{ name: 'Ada' }, { name: 'Grace', hidden: false }],
    publishedAt: '2025-02-03T10:00:00.000Z',
    upvotes: 42,
  },
  publishedAt: '2025-02-04T12:00:00.000Z',
  numComments: 3,
});

describe('parseFeedJson', () => {
  it('reads Hugging Face daily papers items with arXiv id, authors, date and upvotes', () => {
    const digest = parseFeedJson('feed.json', JSON.stringify([item('2502.01234', 'Thing: A Paper')]));
    expect(digest.warnings).toEqual([]);
    expect(digest.date).toBe('2025-02-04');
    expect(digest.entries[0]).toMatchObject({
      title: 'Thing: A Paper', arxivId: '2502.01234', authorCount: 2, authors: ['Ada', 'Grace'], publishedAt: '2025-02-03', upvotes: 42,
    });
  });
  it('skips a bad item with a warning and keeps the good ones', () => {
    const digest = parseFeedJson('feed.json', JSON.stringify([{ paper: { id: '1' } }, item('2502.00001', 'Good')]));
    expect(digest.entries.map((e) => e.title)).toEqual(['Good']);
    expect(digest.warnings).toEqual([expect.stringMatching(/^digest-loader: feed\.json: item 1: paper\.\w+ is missing or invalid; skipped$/)]);
  });
  it('reports invalid JSON and non-arrays clearly', () => {
    expect(parseFeedJson('x.json', '{oops').warnings[0]).toMatch(/^digest-loader: x\.json: not valid JSON/);
    expect(parseFeedJson('y.json', '{"a":1}').warnings).toEqual(['digest-loader: y.json: expected a JSON array of papers']);
  });
});
