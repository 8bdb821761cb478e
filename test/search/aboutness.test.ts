import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/digest/schema.js';
import { ABOUT_CENTRALITY, centrality, isAboutTopic } from '../../src/search/aboutness.js';
import { papersAbout } from '../../src/search/papersAbout.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { libraryOf, makePaper } from '../answer/fixtures.js';

const filler = 'We study a problem of broad interest and report results on several benchmarks with careful ablations and analysis of the trade-offs involved in practice.';
const inTitle = makePaper({ id: 'in-title', title: 'Sparse Autoencoders for Language Models', abstract: `${filler} Our method scales well.` });
const inKeywords = makePaper({ id: 'in-keywords', title: 'Finding Features in Activations', abstract: `${filler} Our method scales well.`, keywords: ['sparse autoencoder', 'interpretability'] });
const repeated = makePaper({ id: 'repeated', title: 'Dictionary Features at Scale', abstract: `We train sparse autoencoders on activations. ${filler} The sparse autoencoders recover features.` });
const early = makePaper({ id: 'early', title: 'Dictionary Features Revisited', abstract: `We train sparse autoencoders on activations. ${filler} ${filler}` });
const passing = makePaper({ id: 'passing', title: 'Gradient Clipping for Stable Training', abstract: `${filler} ${filler} Unlike sparse autoencoders, our method needs no dictionary.` });
const topic = { terms: ['spars', 'autoencod'], weights: [1, 1] };

describe('aboutness', () => {
  it('counts a topic word fully in the title, the keywords or repeated in the abstract, less once early, least in passing', () => {
    const library = libraryOf([inTitle, inKeywords, repeated, early, passing]);
    const of = (paper: Paper, t = topic): number => centrality(library.text, library.position.get(paper.id) ?? -1, paper, t);
    expect(of(inTitle)).toBe(1);
    expect(of(inKeywords)).toBe(1);
    expect(of(repeated)).toBe(1);
    expect(of(early)).toBeCloseTo(0.7);
    expect(of(passing)).toBeCloseTo(0.3);
    expect(of(passing, { terms: ['quantum'], weights: [1] })).toBe(0);
  });

  it('needs every topic word and a central place', () => {
    expect(isAboutTopic({ coverage: 1, centrality: ABOUT_CENTRALITY })).toBe(true);
    expect(isAboutTopic({ coverage: 1, centrality: 0.3 })).toBe(false);
    expect(isAboutTopic({ coverage: 0.5, centrality: 1 })).toBe(false);
  });

  it('ranks papers about a topic above one that names it in passing, and the digest rule agrees', () => {
    const library = libraryOf([passing, early, repeated, inKeywords, inTitle]);
    const ranked = searchPapers(library, 'sparse autoencoders', { limit: 5 }).hits.map((h) => h.paper.id);
    expect(ranked.at(-1)).toBe('passing');
    expect(ranked.slice(0, 3)).toEqual(expect.arrayContaining(['in-title', 'repeated']));
    const about = papersAbout(library, { text: 'sparse autoencoders', query: 'sparse autoencoders', exclude: [] });
    expect(about).toEqual(expect.arrayContaining(['in-title', 'in-keywords', 'repeated', 'early']));
    expect(about).not.toContain('passing');
  });
});
