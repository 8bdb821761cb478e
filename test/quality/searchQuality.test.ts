import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/search/library.js';
import { lookup } from '../../src/search/lookup.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { paperByTitle, shippedLibrary } from '../helpers/library.js';
import { LOOKUP_CASES } from './lookupQueries.js';
import { TOPIC_CASES } from './topicQueries.js';

let library: Library;
beforeAll(async () => {
  library = await shippedLibrary();
});

describe('search quality on the hand-written query sets', () => {
  it(`lookup hit@1 ≥ 0.98 over ${LOOKUP_CASES.length} queries`, () => {
    const misses: string[] = [];
    const byKind = new Map<string, [number, number]>();
    for (const c of LOOKUP_CASES) {
      const want = paperByTitle(library, c.title);
      const got = lookup(library, c.query).paper;
      const ok = got?.id === want.id;
      const [hit, all] = byKind.get(c.kind) ?? [0, 0];
      byKind.set(c.kind, [hit + (ok ? 1 : 0), all + 1]);
      if (!ok) misses.push(`${c.query} → ${got?.title ?? 'nothing'}`);
    }
    const hitAt1 = (LOOKUP_CASES.length - misses.length) / LOOKUP_CASES.length;
    console.log(`lookup hit@1 = ${hitAt1.toFixed(3)} (${LOOKUP_CASES.length} queries)`, Object.fromEntries([...byKind].map(([k, [h, a]]) => [k, `${h}/${a}`])), misses);
    expect(hitAt1).toBeGreaterThanOrEqual(0.98);
  });

  it(`topic precision@5 ≥ 0.9 over ${TOPIC_CASES.length} topics`, () => {
    let sum = 0;
    const weak: string[] = [];
    for (const c of TOPIC_CASES) {
      const relevant = new Set(c.relevant.map((t) => paperByTitle(library, t).id));
      const top = searchPapers(library, c.topic, { limit: 5 }).hits;
      const precision = top.filter((h) => relevant.has(h.paper.id)).length / Math.min(5, relevant.size);
      sum += precision;
      if (precision < 1) weak.push(`${c.topic}: ${precision.toFixed(2)}`);
    }
    const mean = sum / TOPIC_CASES.length;
    console.log(`topic precision@5 = ${mean.toFixed(3)} (${TOPIC_CASES.length} topics)`, weak);
    expect(mean).toBeGreaterThanOrEqual(0.9);
  });

  it('"linear attention" is not flooded by papers that only say "linear"', () => {
    const top = searchPapers(library, 'linear attention', { limit: 5 }).hits;
    for (const hit of top) expect(`${hit.paper.title} ${hit.paper.abstract}`.toLowerCase()).toContain('attention');
  });
});
