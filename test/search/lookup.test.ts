import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/search/library.js';
import { lookup } from '../../src/search/lookup.js';
import { related } from '../../src/search/related.js';
import { MAX_LABEL_LENGTH, MAX_SUGGESTIONS, suggest, truncate } from '../../src/search/suggest.js';
import { paperByTitle, shippedLibrary } from '../helpers/library.js';

let library: Library;
beforeAll(async () => {
  library = await shippedLibrary();
});

describe('lookup', () => {
  it('finds by id, exact title, alias and says how', () => {
    const flash = paperByTitle(library, 'FlashAttention:');
    expect(lookup(library, flash.id)).toMatchObject({ paper: { id: flash.id }, how: 'id' });
    expect(lookup(library, flash.title.toUpperCase())).toMatchObject({ paper: { id: flash.id }, how: 'name' });
    expect(lookup(library, 'PLANSEARCH').paper?.title).toMatch(/^Planning In Natural Language/);
  });

  it('returns nothing (with suggestions where there are any) for unknown or empty queries', () => {
    expect(lookup(library, '')).toEqual({ paper: null, how: 'none', suggestions: [] });
    expect(lookup(library, '!!!???...').paper).toBeNull();
    expect(lookup(library, '🔥🚀').paper).toBeNull();
    expect(lookup(library, 'the capital of france').paper).toBeNull();
    const none = lookup(library, 'quantum chromodynamics of bananas');
    expect(none.paper).toBeNull();
  });

  it('does not pass off another paper as a famous one that is not in the catalogue', () => {
    for (const title of ['Attention Is All You Need', 'GPT-4 Technical Report', 'Llama 2: Open Foundation and Fine-Tuned Chat Models', 'Deep Residual Learning for Image Recognition']) {
      expect(lookup(library, title).paper?.title ?? null, title).toBeNull();
    }
  });

  it('credits a word found only in the abstract when the rest names the paper', () => {
    expect(lookup(library, 'the starlight algorithm').paper?.title).toMatch(/Star Domain/);
    expect(lookup(library, 'flashattention speedup').paper?.title).toMatch(/^FlashAttention/);
    expect(lookup(library, 'mamba throughput').paper?.title).toMatch(/^Mamba/);
  });

  it('never includes the answer among its suggestions', () => {
    const result = lookup(library, 'flash attention');
    expect(result.paper).not.toBeNull();
    expect(result.suggestions.map((p) => p.id)).not.toContain(result.paper?.id);
  });

  it('copes with a 10,000-character query', () => {
    expect(() => lookup(library, 'attention '.repeat(1000))).not.toThrow();
  });
});

describe('suggest (autocomplete)', () => {
  it('answers prefixes as typed, title starts first', () => {
    const labels = suggest(library, 'flash att').map((s) => s.label);
    expect(labels[0]).toMatch(/^FlashAttention/);
    expect(suggest(library, 'zipc')[0]?.label).toMatch(/^ZipCache/);
  });

  it('lists at most 25 choices with labels of at most 100 characters, ids as values', () => {
    for (const partial of ['', 'a', 'learning', 'on the', 'x'.repeat(300)]) {
      const choices = suggest(library, partial);
      expect(choices.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
      for (const c of choices) {
        expect(c.label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
        expect(library.position.has(c.id)).toBe(true);
      }
    }
    expect(suggest(library, '')).toHaveLength(25);
  });

  it('falls back to typo tolerance when nothing starts that way', () => {
    expect(suggest(library, 'flashatention')[0]?.label).toMatch(/^FlashAttention/);
  });

  it('truncates on a word boundary with an ellipsis', () => {
    expect(truncate('a'.repeat(50), 100)).toBe('a'.repeat(50));
    const cut = truncate(`${'word '.repeat(40)}end`, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('related', () => {
  it('finds papers on the same subject, never the paper itself', () => {
    const lasp = paperByTitle(library, 'LASP-2');
    const hits = related(library, lasp.id, 5);
    expect(hits.map((h) => h.paper.id)).not.toContain(lasp.id);
    expect(hits.map((h) => h.paper.title)).toContain('Linear Attention Sequence Parallelism');
    expect(related(library, 'no-such-paper')).toEqual([]);
  });
});
