import { describe, expect, it } from 'vitest';
import { questionTokens } from '../../../src/answer/question/questionTokens.js';
import { resolvePaper } from '../../../src/answer/resolve/resolvePaper.js';
import { PAPERS, libraryOf, makePaper } from '../fixtures.js';

const library = libraryOf([
  ...PAPERS,
  makePaper({ id: 'toward-transformers', title: 'Toward TransfORmers: Solving Mixed Integer Programs', aliases: ['TransfORmers'], abstract: 'We use Transformers to solve mixed integer programs.' }),
  ...Array.from({ length: 20 }, (_, i) => makePaper({ id: `filler-${i}`, title: `Filler Study ${i}`, abstract: `Transformers are used for task ${i}. We study transformers.` })),
]);

const resolve = (question: string, asks: Parameters<typeof resolvePaper>[2] = 'general'): string | null =>
  resolvePaper(library, questionTokens(question), asks)?.paper.id ?? null;

describe('resolvePaper', () => {
  it('finds a paper by its method name, in any case, with a typo, or by title', () => {
    expect(resolve('What is ZipCache?', 'definition')).toBe('zipcache');
    expect(resolve('what is zipcache', 'definition')).toBe('zipcache');
    expect(resolve('how much does zipcahe compress', 'quantity')).toBe('zipcache');
    expect(resolve('Which hardware is edge-moe built for?', 'hardware')).toBe('fast-edge-accelerator');
    expect(resolve('What does "Decomposing The Dark Matter of Sparse Autoencoders" study?')).toBe('sparse-autoencoders-survey');
  });

  it('takes a plain-word name only when the question treats it as one', () => {
    expect(resolve('What is Lion?', 'definition')).toBe('lion-optimizer');
    expect(resolve('how memory efficient is lion', 'quantity')).toBe('lion-optimizer');
    expect(resolve('What is a lion?', 'definition')).toBeNull();
    expect(resolve('Where do lions live in Africa?')).toBeNull();
  });

  it('is not hijacked by an alias spelled like a common word, nor by a versioned name', () => {
    expect(resolve('What do Transformers do for vision?')).toBeNull();
    expect(resolve('How do TransfORmers solve programs?', 'method')).toBe('toward-transformers');
    expect(resolve('What is the speedup of ZipCache-2?', 'quantity')).toBeNull();
  });
});
