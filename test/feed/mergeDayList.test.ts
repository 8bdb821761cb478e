import { describe, expect, it } from 'vitest';
import { emptyFeedState } from '../../src/digest/feedState.js';
import { dayFileName, mergeDayList } from '../../src/feed/mergeDayList.js';

const item = (id: string, upvotes: number, extra: Record<string, unknown> = {}) => ({
  paper: { id, title: `Paper ${id}`, summary: 'An abstract\nwith hard line breaks.', upvotes, ai_summary: 'A $\\alpha$-tuned TL;DR.', ...extra },
  publishedAt: '2026-03-12T04:00:00.000Z',
  numComments: 2,
});

describe('mergeDayList', () => {
  const now = new Date('2026-03-12T10:07:00Z');

  it('stores new papers once per day and refreshes every paper’s live numbers', () => {
    const first = mergeDayList(emptyFeedState(), '2026-03-12', [item('2603.00001', 5), item('2603.00002', 1)], now, dayFileName('2026-03-12', 1));
    expect(first.fresh).toHaveLength(2);
    expect(first.state.days['2026-03-12']).toMatchObject({ final: false, files: ['daily-papers-2026-03-12-01.json'], ids: ['2603.00001', '2603.00002'] });
    expect(first.state.stats['2603.00001']).toMatchObject({ upvotes: 5, comments: 2, tldr: 'A α-tuned TL;DR.' });

    const later = new Date('2026-03-12T11:07:00Z');
    const second = mergeDayList(first.state, '2026-03-12', [item('2603.00001', 9), item('2603.00002', 1), item('2603.00003', 0)], later, dayFileName('2026-03-12', 2));
    expect(second.fresh.map((i) => (i as { paper: { id: string } }).paper.id)).toEqual(['2603.00003']);
    expect(second.changed).toBe(2);
    expect(second.state.stats['2603.00001']?.upvotes).toBe(9);
    expect(second.state.days['2026-03-12']?.files).toEqual(['daily-papers-2026-03-12-01.json', 'daily-papers-2026-03-12-02.json']);
  });

  it('skips an item that fails validation with a warning naming the day and position, keeping the rest', () => {
    const merged = mergeDayList(emptyFeedState(), '2026-03-12', [item('2603.00001', 5), { paper: { id: '2603.00002', title: 42 } }, 'nonsense'], now, 'f');
    expect(merged.fresh).toHaveLength(1);
    expect(merged.warnings).toEqual([
      'feed: 2026-03-12: item 2: paper.title is missing or invalid; skipped',
      'feed: 2026-03-12: item 3: item is missing or invalid; skipped',
    ]);
  });

  it('treats an empty list as a normal day, and a wrongly typed optional field as unknown', () => {
    const empty = mergeDayList(emptyFeedState(), '2026-03-14', [], now, 'f');
    expect(empty.state.days['2026-03-14']).toMatchObject({ ids: [], files: [] });
    const odd = mergeDayList(emptyFeedState(), '2026-03-12', [item('2603.00009', 3, { githubStars: 'lots', githubRepo: 'javascript:alert(1)', withdrawnAt: '2099-01-01T00:00:00Z' })], now, 'f');
    expect(odd.fresh).toHaveLength(1);
    expect(odd.state.stats['2603.00009']).toMatchObject({ githubStars: null, githubRepo: null, withdrawnAt: null, upvotes: 3 });
  });
});
