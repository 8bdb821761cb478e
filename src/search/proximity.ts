/**
 * A pattern for the typed words in a row ("linear attention" → linear…␣attention…), tolerant of
 * plurals and suffixes, hyphens or spaces between: the text talks about this exact thing.
 */
export function adjacentPattern(words: readonly string[]): RegExp {
  const parts = words.map((w) => `${w.replace(/(?:es|s)$/, '').replace(/[^\p{L}\p{N}]/gu, '')}\\p{L}*`);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${parts.join('[\\s-]+')}`, 'u');
}

/** Adjacent word pairs of a topic ("graph neural networks" → graph neural, neural networks). */
export function bigrams(words: readonly string[]): RegExp[] {
  const out: RegExp[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) out.push(adjacentPattern([words[i] ?? '', words[i + 1] ?? '']));
  return out;
}

/** Share of the patterns found in the text (0 when there are none). */
export function shareFound(patterns: readonly RegExp[], text: string): number {
  if (patterns.length === 0) return 0;
  return patterns.filter((p) => p.test(text)).length / patterns.length;
}
