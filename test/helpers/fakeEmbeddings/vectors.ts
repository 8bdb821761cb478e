import { processTerm, tokenize } from '../../../src/search/analyze.js';

/**
 * The stand-in's "model": a hashed bag of stemmed words, where the words of each small synonym
 * group below count as one concept, so a paraphrase ("shrinking llms") lands near the papers that
 * say it their way ("quantization of large language models"). Deterministic: same text, same vector.
 * It proves the plumbing and the fusion; it says nothing about how good a real model is.
 */
const CONCEPTS: ReadonlyArray<readonly string[]> = [
  ['shrink', 'shrinking', 'compress', 'compression', 'quantization', 'quantized', 'pruning', 'prune', 'smaller', 'squeezing', 'bits'],
  ['software', 'program', 'programs', 'code', 'coding', 'synthesis'],
  ['radiology', 'scans', 'medical', 'clinical', 'imaging', 'hospital'],
  ['forgetting', 'continual', 'lifelong', 'sequential'],
  ['llm', 'llms', 'language'],
  ['neuron', 'neurons', 'polysemantic', 'polysemanticity', 'superposition'],
];

const CONCEPT_OF = new Map<string, string>();
for (const group of CONCEPTS) for (const word of group) CONCEPT_OF.set(processTerm(word) ?? word, `concept:${group[0] ?? ''}`);

function hash(text: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The stand-in's vector for a text (not normalized; the client normalizes). */
export function standInVector(text: string, dim: number): number[] {
  const out: number[] = new Array<number>(dim).fill(0);
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term === null) continue;
    const key = CONCEPT_OF.get(term) ?? term;
    const weight = key.startsWith('concept:') ? 3 : 1;
    out[hash(key, 1) % dim] = (out[hash(key, 1) % dim] ?? 0) + ((hash(key, 2) & 1) === 0 ? weight : -weight);
  }
  if (!out.some((x) => x !== 0)) out[0] = 1;
  return out;
}
