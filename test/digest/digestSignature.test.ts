import { describe, expect, it } from 'vitest';
import { addedFiles } from '../../src/digest/digestSignature.js';

describe('addedFiles', () => {
  it('names the digests added when every earlier one is unchanged', () => {
    expect(addedFiles('a.txt:10:1|b.txt:20:2', 'a.txt:10:1|b.txt:20:2|daily-papers-2026-03-12-01.json:30:3')).toEqual(['daily-papers-2026-03-12-01.json']);
    expect(addedFiles('', 'a.txt:10:1')).toEqual(['a.txt']);
  });

  it('says null when a digest changed or went away (a reload is needed)', () => {
    expect(addedFiles('a.txt:10:1|b.txt:20:2', 'a.txt:11:5|b.txt:20:2|c.txt:1:1')).toBeNull();
    expect(addedFiles('a.txt:10:1|b.txt:20:2', 'a.txt:10:1')).toBeNull();
  });
});
