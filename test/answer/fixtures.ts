import { makeCatalogue } from '../../src/digest/catalogue.js';
import { introducedNames } from '../../src/digest/introducedNames.js';
import { NO_LIVE_FIELDS, type Paper } from '../../src/digest/schema.js';
import { splitSentences } from '../../src/text/splitSentences.js';
import { buildLibrary, type Library } from '../../src/search/library.js';
import { TEST_NOW } from '../helpers/library.js';

/** A paper record for answer tests: only what a test names, plausible defaults for the rest (names introduced as the loader finds them). */
export function makePaper(fields: Partial<Paper> & { id: string; title: string; abstract: string }): Paper {
  return {
    aliases: [],
    introduced: introducedNames(fields.abstract, splitSentences(fields.abstract)),
    codeLinks: [],
    authorCount: null,
    authors: [],
    publishedAt: null,
    upvotes: null,
    arxivId: null,
    appearances: [{ digest: '000_test.txt', line: 1, dateLabel: 'Mar 12', date: null }],
    ...NO_LIVE_FIELDS,
    ...fields,
  };
}

/** A library over a handful of papers. */
export function libraryOf(papers: readonly Paper[]): Library {
  // Built as a variable, not a literal argument, so fields the summary type may add later (a content hash) don't break it.
  const summary = { file: '000_test.txt', entries: papers.length, dateLabel: 'Mar 12', date: null, hash: '' };
  return buildLibrary(makeCatalogue(papers, [summary], []), TEST_NOW);
}

/** Papers for unit tests: a method with a plain-word name, one with a distinctive name, a topic paper. */
export const PAPERS: readonly Paper[] = [
  makePaper({
    id: 'lion-optimizer',
    title: 'Lion Secretly Solves Constrained Optimization',
    aliases: ['Lion'],
    abstract: 'Lion (Evolved Sign Momentum), a new optimizer discovered through program search, has shown promising results in training large AI models. It performs comparably to AdamW but with greater memory efficiency. We show that Lion solves a bound-constrained problem.',
  }),
  makePaper({
    id: 'zipcache',
    title: 'ZipCache: Accurate and Efficient KV Cache Quantization with Salient Token Identification',
    aliases: ['ZipCache'],
    codeLinks: ['https://github.com/example/zipcache'],
    authorCount: 5,
    publishedAt: '2024-05-23',
    upvotes: 12,
    abstract: 'KV cache stores key and value states from previous tokens to avoid re-computation. In this paper, we present ZipCache, an accurate and efficient KV cache quantization method for LLMs. For instance, ZipCache is capable of compressing the KV cache by 4.98×, with only a 0.38% drop in accuracy. The code is at https://github.com/example/zipcache.',
  }),
  makePaper({
    id: 'fast-edge-accelerator',
    title: 'Edge-MoE: Memory-Efficient Multi-Task Vision Transformer Architecture',
    aliases: ['Edge-MoE'],
    abstract: 'Our work, dubbed Edge-MoE, introduces the first end-to-end FPGA accelerator for multi-task ViT. Edge-MoE achieves 2.24x better energy efficiency compared with GPU. A demonstration is available online, along with our open-source code.',
  }),
  makePaper({
    id: 'sparse-autoencoders-survey',
    title: 'Decomposing The Dark Matter of Sparse Autoencoders',
    abstract: 'Sparse autoencoders (SAEs) are a promising technique for decomposing language model activations into interpretable linear features. We study the error of SAEs.',
  }),
];
