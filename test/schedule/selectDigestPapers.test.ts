import { beforeAll, describe, expect, it } from 'vitest';
import { selectDigestPapers } from '../../src/schedule/selectDigestPapers.js';
import type { Library } from '../../src/search/library.js';
import { parseTopic } from '../../src/subscriptions/topic.js';
import { papersAbout } from '../../src/search/papersAbout.js';
import { trendingScore } from '../../src/trending/rankTrending.js';
import { shippedLibrary } from '../../support/schedule/shippedLibrary.js';

const now = new Date('2026-03-20T12:00:00Z');
let library: Library;
beforeAll(async () => {
  library = await shippedLibrary();
});

describe('selectDigestPapers', () => {
  it('takes the best-trending papers about the topics, noting the first topic each matched', () => {
    const topics = [parseTopic('kv cache'), parseTopic('speculative decoding'), parseTopic('quantization')];
    const picks = selectDigestPapers(library, { topics, count: 10 }, new Set(), now);
    expect(picks).toHaveLength(10);
    const about = topics.map((t) => new Set(papersAbout(library, t)));
    for (const { paper, topic } of picks) {
      const first = topics.findIndex((_, i) => about[i]?.has(paper.id));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(topic).toBe(topics[first]?.text);
    }
    const scores = picks.map((p) => trendingScore(p.paper, now));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Nothing better was left out.
    const chosen = new Set(picks.map((p) => p.paper.id));
    const pool = new Set(about.flatMap((s) => [...s]));
    const worst = Math.min(...scores);
    for (const paper of library.papers) {
      if (pool.has(paper.id) && !chosen.has(paper.id)) expect(trendingScore(paper, now)).toBeLessThanOrEqual(worst);
    }
  });

  it('never picks a delivered paper, and picks nothing once the pool is used up', () => {
    const sub = { topics: [parseTopic('kv cache')], count: 10 };
    const all = papersAbout(library, parseTopic('kv cache'));
    expect(selectDigestPapers(library, sub, new Set(), now).map((p) => p.paper.id).sort()).toEqual([...all].sort());
    const delivered = new Set(all.slice(0, 1));
    expect(selectDigestPapers(library, sub, delivered, now).map((p) => p.paper.id)).not.toContain(all[0]);
    expect(selectDigestPapers(library, sub, new Set(all), now)).toEqual([]);
  });

  it('a general subscription draws on every paper, with no topic', () => {
    const picks = selectDigestPapers(library, { topics: [], count: 5 }, new Set(), now);
    expect(picks).toHaveLength(5);
    expect(picks.every((p) => p.topic === null)).toBe(true);
    const best = Math.max(...library.papers.map((p) => trendingScore(p, now)));
    expect(trendingScore(picks[0]!.paper, now)).toBe(best);
  });

  it('honours exclusions and relevance (a shared common word is not enough)', () => {
    const picks = selectDigestPapers(library, { topics: [parseTopic('diffusion -video')], count: 10 }, new Set(), now);
    expect(picks.length).toBeGreaterThan(0);
    for (const { paper } of picks) expect(`${paper.title} ${paper.abstract}`.toLowerCase()).not.toMatch(/\bvideos?\b/);
  });
});
