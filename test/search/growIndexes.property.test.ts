import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTitleIndex, extendTitleIndex } from '../../src/search/titleIndex.js';
import { extendSortedCsr, toSortedCsr } from '../../src/search/sorted.js';
import { TextIndex } from '../../src/search/textIndex.js';
import { buildSegment } from '../../src/search/textSegment.js';

// Growing an index by a day's papers must give exactly what building it from scratch gives: these
// compare the two on random inputs (the merge paths copy blocks and place keys by binary search).

const WORDS = ['attention', 'atten', 'mamba', 'diffusion', 'lora', 'lo', 'graph', 'prune', 'quant', 'a', 'zeta', 'rl'];
const keyLists = fc.array(fc.tuple(fc.constantFrom(...WORDS, ...WORDS.map((w) => `${w}x`)), fc.integer({ min: 1, max: 3 })), { maxLength: 30 });

function toMap(pairs: readonly [string, number][], base: number): Map<string, number[]> {
  const map = new Map<string, number[]>();
  pairs.forEach(([key, n], i) => {
    const list = map.get(key) ?? [];
    for (let k = 0; k < n; k += 1) list.push(base + i * 3 + k);
    map.set(key, list);
  });
  return map;
}

describe('growing indexes in place of a rebuild', () => {
  it('extendSortedCsr equals toSortedCsr over the union', () => {
    fc.assert(
      fc.property(keyLists, keyLists, (first, second) => {
        const a = toMap(first, 0);
        const b = toMap(second, 1000);
        const union = new Map(a);
        for (const [key, list] of b) union.set(key, [...(union.get(key) ?? []), ...list]);
        const grown = extendSortedCsr(toSortedCsr(a), b);
        const built = toSortedCsr(union);
        expect(grown.keys).toEqual(built.keys);
        expect([...grown.offsets]).toEqual([...built.offsets]);
        expect([...grown.docs]).toEqual([...built.docs]);
      }),
    );
  });

  it('extendTitleIndex equals buildTitleIndex over all the titles', () => {
    const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(title, { maxLength: 20 }), fc.array(title, { maxLength: 8 }), (old, fresh) => {
        const grown = extendTitleIndex(buildTitleIndex(old), fresh);
        const built = buildTitleIndex([...old, ...fresh]);
        expect(grown.vocabulary).toEqual(built.vocabulary);
        expect([...grown.postingDocs]).toEqual([...built.postingDocs]);
        expect(grown.keys).toEqual(built.keys);
        expect([...grown.keyOrder]).toEqual([...built.keyOrder]);
      }),
    );
  });

  it('a segment added to a TextIndex averages field lengths like one built with it', () => {
    const doc = (title: string) => ({ title, aliases: '', abstract: `${title} ${title} method`, keywords: 'kw', authors: 'A B' });
    const one = buildSegment([doc('linear attention'), doc('state space models')], 0);
    const two = buildSegment([doc('graph neural network pruning')], 2);
    expect([...new TextIndex([one]).withSegment(two).avgLength]).toEqual([...new TextIndex([one, two]).avgLength]);
  });
});
