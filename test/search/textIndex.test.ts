import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/search/textIndex.js';
import { buildSegment } from '../../src/search/textSegment.js';
import { packBlocks, unpackBlocks } from '../../src/search/snapshot/binary.js';
import { packTexts, TextChunk } from '../../src/search/snapshot/textChunk.js';

const boost = { title: 3, aliases: 3, abstract: 1, keywords: 2, authors: 1 };
const docs = [
  { title: 'Linear Attention Sequence Parallelism', aliases: 'LASP', abstract: 'We scale linear attention across devices.', keywords: 'sequence parallelism', authors: 'Weigao Sun' },
  { title: 'A Survey of Linear Models', aliases: '', abstract: 'Linear regression and linear classifiers are reviewed.', keywords: '', authors: '' },
  { title: 'Attention Is Everywhere', aliases: '', abstract: 'Softmax attention in transformers.', keywords: 'softmax', authors: 'Ada Lovelace' },
];

describe('TextIndex', () => {
  it('ranks documents matching every term above those matching one, title above abstract', () => {
    const index = new TextIndex([buildSegment(docs, 0)]);
    const hits = index.search(['linear', 'attent'], { boost, limit: 10 });
    expect(hits.map((h) => h.doc)).toEqual([0, 2, 1]);
    expect(hits[0]?.termMask).toBe(0b11);
    expect(hits[0]?.titleMask).toBe(0b11);
    expect(hits[2]?.termMask).toBe(0b01);
  });

  it('expands prefixes and corrects typos only for unknown terms', () => {
    const index = new TextIndex([buildSegment(docs, 0)]);
    expect(index.search(['regres'], { boost, limit: 5, prefix: () => true }).map((h) => h.doc)).toEqual([1]);
    expect(index.search(['transformr'], { boost, limit: 5, fuzzy: () => 1 }).map((h) => h.doc)).toEqual([2]);
    expect(index.search(['transformr'], { boost, limit: 5 })).toEqual([]);
  });

  it('adds segments without touching earlier ones, numbering documents after them', () => {
    const one = new TextIndex([buildSegment(docs.slice(0, 2), 0)]);
    const two = one.withSegment(buildSegment(docs.slice(2), 2));
    expect(one.docCount).toBe(2);
    expect(two.docCount).toBe(3);
    expect(two.search(['softmax'], { boost, limit: 5 }).map((h) => h.doc)).toEqual([2]);
    expect(two.fieldFrequency('linear')).toBe(2);
  });

  it('finds papers by their keywords and their authors, not counting either as the title', () => {
    const index = new TextIndex([buildSegment(docs, 0)]);
    const byAuthor = index.search(['lovelac'], { boost, limit: 5 });
    expect(byAuthor.map((h) => h.doc)).toEqual([2]);
    expect(byAuthor[0]?.titleMask).toBe(0);
    expect(index.search(['parallel'], { boost, limit: 5 }).map((h) => h.doc)).toEqual([0]);
  });

  it('filters documents and respects the limit', () => {
    const index = new TextIndex([buildSegment(docs, 0)]);
    expect(index.search(['linear'], { boost, limit: 1 })).toHaveLength(1);
    expect(index.search(['linear'], { boost, limit: 5, accept: (d) => d !== 0 }).map((h) => h.doc)).toEqual([1]);
  });
});

describe('snapshot encodings', () => {
  it('round-trips typed arrays and string lists', () => {
    const buffer = packBlocks({ a: Uint32Array.from([1, 2, 3]), b: Uint8Array.from([9]), c: Uint16Array.from([7, 8]) }, { s: ['x', '', 'ünï'], empty: [] });
    const back = unpackBlocks(buffer);
    expect(Array.from(back.array('a', 'u32'))).toEqual([1, 2, 3]);
    expect(Array.from(back.array('b', 'u8'))).toEqual([9]);
    expect(Array.from(back.array('c', 'u16'))).toEqual([7, 8]);
    expect(back.strings('s')).toEqual(['x', '', 'ünï']);
    expect(back.strings('empty')).toEqual([]);
    expect(() => back.array('a', 'u8')).toThrow('snapshot: block "a" is u32, not u8');
    expect(() => unpackBlocks(Buffer.from('nope nope'))).toThrow('snapshot: not a paperboy index block');
  });

  it('packs texts for lazy decoding', () => {
    const chunk = new TextChunk(packTexts(['alpha', 'Schrödinger', '']));
    expect([chunk.count, chunk.get(0), chunk.get(1), chunk.get(2)]).toEqual([3, 'alpha', 'Schrödinger', '']);
    expect(() => new TextChunk(Buffer.from([1, 0, 0, 0]))).toThrow('snapshot: text chunk too short');
  });
});
