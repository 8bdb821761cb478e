// One row per entry of the acronym list: why it is there (a topic typed either way finds the other
// form) and what it must not do (expand the letters inside a longer word).
import { describe, expect, it } from 'vitest';
import { ACRONYMS } from '../../../src/search/lexicon/acronyms.js';
import { topicVariants } from '../../../src/search/topicVariants.js';

describe('field acronyms', () => {
  it('has no entry twice and no ambiguous short form', () => {
    const short = ACRONYMS.map(([a]) => a);
    expect(new Set(short).size).toBe(short.length);
    // "dp" is differential privacy or dynamic programming: left out on purpose.
    expect(short).not.toContain('dp');
  });

  it.each(ACRONYMS.map(([acronym, phrase]) => [acronym, phrase]))('%s ↔ %s', (acronym, phrase) => {
    expect(topicVariants(`${acronym} methods`)).toContain(`${phrase} methods`);
    expect(topicVariants(`${phrase} methods`)).toContain(`${acronym} methods`);
    // Not inside another word: "xgnn" is not "x graph neural network".
    expect(topicVariants(`x${acronym} methods`)).toEqual([`x${acronym} methods`]);
  });
});
