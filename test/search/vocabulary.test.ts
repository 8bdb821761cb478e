import { describe, expect, it } from 'vitest';
import { FEEDBACK, feedbackWords } from '../../src/search/feedback.js';
import { coTagged, keywordKey, keywordVocabulary } from '../../src/search/keywordVocabulary.js';
import { PLAIN_WORDS, plainWordVariants } from '../../src/search/plainWords.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { alsoSearchedLine, matchNote } from '../../src/replies/searchReply.js';
import { libraryOf, makePaper } from '../answer/fixtures.js';

const tagged = (id: string, title: string, keywords: string[], abstract = 'We propose a method and evaluate it on standard benchmarks.') => makePaper({ id, title, abstract, keywords });

describe('everyday words read as the field\'s terms', () => {
  it('rewrites one word at a time, best field term first, at most three variants', () => {
    expect(plainWordVariants('shrinking llms')).toEqual(['compression llms', 'pruning llms', 'quantization llms']);
    expect(plainWordVariants('radiology scans')).toEqual(['medical imaging scans', 'radiology medical imaging', 'medical scans']);
    expect(plainWordVariants('linear attention')).toEqual([]);
  });

  it('maps no word to itself and every word somewhere', () => {
    for (const [word, field] of PLAIN_WORDS) {
      expect(field.length).toBeGreaterThan(0);
      expect(field).not.toContain(word);
    }
  });

  it('finds papers that say it in the field\'s words, and says what else it searched', () => {
    const library = libraryOf([
      makePaper({ id: 'prune', title: 'Layerwise Pruning of Large Language Models', abstract: 'We prune large language models layer by layer and keep their accuracy.' }),
      makePaper({ id: 'other', title: 'Scaling Laws for Large Language Models', abstract: 'We fit scaling laws to large language models of many sizes.' }),
    ]);
    const page = searchPapers(library, 'shrinking llms', { limit: 5 });
    expect(page.hits[0]?.paper.id).toBe('prune');
    expect(page.alsoSearched).toEqual(expect.arrayContaining(['large language model', 'pruning']));
    expect(alsoSearchedLine(page.alsoSearched)).toMatch(/^Also searched: .*pruning/);
    expect(alsoSearchedLine([])).toBeNull();
  });
});

describe('keyword co-occurrence learned from the catalogue', () => {
  const papers = [
    tagged('a', 'EasySpec', ['speculative decoding', 'draft model', 'LLM']),
    tagged('b', 'FastDraft', ['Speculative Decoding', 'Draft Models', 'LLM']),
    tagged('c', 'Self Spec', ['speculative decoding', 'LLM']),
    tagged('d', 'Verifier Trees', ['draft model', 'token tree', 'LLM']),
    tagged('e', 'Quant', ['quantization', 'LLM']),
    tagged('f', 'Prune', ['pruning', 'LLM']),
    tagged('g', 'Agents', ['agents', 'LLM']),
    tagged('h', 'Tools', ['tool use', 'LLM']),
    tagged('i', 'Memory', ['memory', 'LLM']),
  ];

  it('pairs keywords that travel together, not one that is on every paper', () => {
    expect(keywordKey('Draft Models')).toBe('draft model');
    const vocabulary = keywordVocabulary(papers);
    expect(keywordVocabulary(papers)).toBe(vocabulary);
    expect(coTagged(vocabulary, 'speculative decoding')).toEqual(['draft model']);
    expect(coTagged(vocabulary, 'quantization')).toEqual([]);
    expect(coTagged(vocabulary, 'not a keyword')).toEqual([]);
  });

  it('searches the co-tagged keyword too, below the papers about the topic, and says so', () => {
    const page = searchPapers(libraryOf(papers), 'speculative decoding', { limit: 10 });
    const ids = page.hits.map((h) => h.paper.id);
    expect(ids.indexOf('d')).toBeGreaterThan(Math.max(ids.indexOf('a'), ids.indexOf('b'), ids.indexOf('c')));
    const found = page.hits.find((h) => h.paper.id === 'd');
    expect(found?.via).toBe('draft model');
    expect(found === undefined ? '' : matchNote(found)).toBe('found through draft model');
    expect(page.alsoSearched).toContain('draft model');
  });
});

describe('pseudo-relevance feedback', () => {
  const about = (id: string, extra: string) => makePaper({ id, title: `Optimal Transport ${extra}`, abstract: `Optimal transport solved with Sinkhorn iterations. ${extra}.` });
  const papers = [
    about('ot1', 'Solvers'), about('ot2', 'Barycenters'), about('ot3', 'Flows'),
    makePaper({ id: 'sinkhorn', title: 'Faster Sinkhorn Iterations', abstract: 'We accelerate Sinkhorn iterations with sparse Newton steps.' }),
    ...Array.from({ length: 60 }, (_, i) => makePaper({ id: `filler-${i}`, title: `Unrelated Study ${i}`, abstract: 'A study of convolutional networks on images with data augmentation.' })),
  ];

  it('takes the words shared by the leading papers and rare in the catalogue, never the query\'s own', () => {
    const library = libraryOf(papers);
    const leaders = papers.slice(0, 3);
    const words = feedbackWords(library.text, leaders, ['optim', 'transport']);
    expect(words).toContain('sinkhorn');
    expect(words).not.toContain('optimal');
    expect(words.length).toBeLessThanOrEqual(FEEDBACK.most);
    expect(feedbackWords(library.text, leaders.slice(0, 2), ['optim', 'transport'])).toEqual([]);
  });

  it('finds a paper about the same thing in other words, below the papers that match', () => {
    const page = searchPapers(libraryOf(papers), 'optimal transport', { limit: 10 });
    const ids = page.hits.map((h) => h.paper.id);
    expect(ids).toContain('sinkhorn');
    expect(ids.indexOf('sinkhorn')).toBe(3);
    expect(page.alsoSearched).toContain('sinkhorn');
  });
});
