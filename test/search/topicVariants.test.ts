import { beforeAll, describe, expect, it } from 'vitest';
import { topicVariants } from '../../src/search/topicVariants.js';
import type { Library } from '../../src/search/library.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { shippedLibrary } from '../helpers/library.js';

let library: Library;
beforeAll(async () => {
  library = await shippedLibrary();
});

describe('acronyms in topic queries', () => {
  it('spells an acronym out and shortens a spelled-out phrase', () => {
    expect(topicVariants('GNNs for molecules')).toEqual(['gnns for molecules', 'graph neural network for molecules']);
    expect(topicVariants('low-rank adaptation')).toEqual(['low rank adaptation', 'lora']);
    expect(topicVariants('linear attention')).toEqual(['linear attention']);
  });

  it('finds papers that only spell out what the user abbreviated', () => {
    const titles = (topic: string): string[] => searchPapers(library, topic, { limit: 5 }).hits.map((h) => h.paper.title);
    expect(titles('gnn').some((t) => /Expressive Positional Encodings/.test(t))).toBe(true);
    expect(titles('rag')[0]).toMatch(/Retrieval Augmented Generation/i);
    expect(titles('ode solver').some((t) => /Differential Equations|Runge-Kutta|Long Expressive Memory/.test(t))).toBe(true);
  });
});
