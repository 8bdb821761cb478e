// The simplest text a short pattern (a lexicon entry) matches, so a table test can make one example
// per entry without writing it by hand. Reads groups, alternatives, classes and ?, * and +.

// An example character for each escape the entries use (`\b` is a boundary: no text).
const CLASS_EXAMPLES: Record<string, string> = { w: 'x', d: '1', s: ' ', b: '' };

/** The simplest text a short pattern matches: optional parts left out, the first alternative taken. */
export function simplest(source: string): string {
  let out = '';
  let i = 0;
  const atom = (): string => {
    const c = source[i] ?? '';
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      i += 2;
      return CLASS_EXAMPLES[e] ?? e;
    }
    if (c === '[') {
      const end = source.indexOf(']', i);
      const first = source[i + 1] ?? '';
      i = end + 1;
      return first;
    }
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < source.length; j += 1) {
        if (source[j] === '\\') { j += 1; continue; }
        if (source[j] === '(') depth += 1;
        if (source[j] === ')' && --depth === 0) break;
      }
      const inner = source.slice(i + 3, j);
      const lookaround = source[i + 1] === '?' && source[i + 2] !== ':';
      i = j + 1;
      if (lookaround) return '';
      // The first top-level alternative.
      let d = 0;
      let k = 0;
      for (; k < inner.length; k += 1) {
        if (inner[k] === '\\') { k += 1; continue; }
        if (inner[k] === '(') d += 1;
        if (inner[k] === ')') d -= 1;
        if (inner[k] === '|' && d === 0) break;
      }
      return simplest(inner.slice(0, k));
    }
    i += 1;
    return c;
  };
  while (i < source.length) {
    const text = atom();
    const q = source[i];
    if (q === '?' || q === '*') { i += 1; continue; }
    if (q === '+') i += 1;
    out += text;
  }
  return out;
}
