import { compact, fold } from '../../text/fold.js';

/** One word of a question as typed, with its folded form. */
export interface Token {
  /** As typed, possessive "'s" removed ("FlashAttention's" → "FlashAttention"). */
  text: string;
  /** Folded and compacted ("Edge-MoE" → "edgemoe"). */
  key: string;
  /** Folded words inside it ("Edge-MoE" → ["edge", "moe"]). */
  words: string[];
}

// A token keeps inner punctuation that names use ("Edge-MoE", "Bitnet.cpp", "pass@200", "HumanEval+").
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.\-+@_/]*[\p{L}\p{N}+])?/gu;

/** Splits a question into tokens, keeping the spelling of names. */
export function questionTokens(question: string): Token[] {
  const out: Token[] = [];
  for (const match of question.matchAll(TOKEN)) {
    // Possessives and contractions ("FlashAttention's", "I'm", "don't") keep only their word.
    const text = match[0].replace(/n['’]t$/i, '').replace(/['’](?:s|m|re|ve|ll|d)$/i, '').replace(/['’]$/, '');
    const key = compact(text);
    if (key.length === 0) continue;
    out.push({ text, key, words: fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0) });
  }
  return out;
}
