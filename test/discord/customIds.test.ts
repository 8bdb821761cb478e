import { describe, expect, it } from 'vitest';
import { customIdPrefix, makePaperActionId, makePickId, makeSearchPageId, parsePaperActionId, parsePickedPaperId, parseSearchPageId } from '../../src/replies/customIds.js';
import { canonicalTopic } from '../../src/replies/searchPage.js';

describe('custom ids', () => {
  it('round-trips search pages and stays within 100 characters for long topics', () => {
    const id = makeSearchPageId({ page: 3, limit: 25, topic: 'linear attention' });
    expect(id).toBe('search:3:25:linear attention');
    expect(parseSearchPageId(id)).toEqual({ page: 3, limit: 25, topic: 'linear attention' });
    const long = makeSearchPageId({ page: 999, limit: 50, topic: canonicalTopic('word '.repeat(60)) });
    expect(long.length).toBeLessThanOrEqual(100);
    expect(parseSearchPageId(long)).not.toBeNull();
  });

  it('rejects malformed or forged search ids', () => {
    for (const bad of ['search', 'search:x:1:t', 'search:-1:5:t', 'search:1:0:t', 'search:1:51:t', 'search:1:5:', 'paper:1:5:t']) {
      expect(parseSearchPageId(bad)).toBeNull();
    }
  });

  it('round-trips paper actions and rejects bad ids', () => {
    expect(parsePaperActionId(makePaperActionId('related', 'light-schrodinger-bridge'))).toEqual({ action: 'related', paperId: 'light-schrodinger-bridge' });
    expect(parsePaperActionId('related:Bad Id')).toBeNull();
    expect(parsePaperActionId('delete:abc')).toBeNull();
    expect(parsePickedPaperId('mamba-linear')).toBe('mamba-linear');
    expect(parsePickedPaperId('../etc')).toBeNull();
    expect(parsePickedPaperId(undefined)).toBeNull();
    expect(customIdPrefix(makePickId('search'))).toBe('pick');
  });

  it('reduces a topic to its meaningful words within the id budget', () => {
    expect(canonicalTopic('Papers about the Linear Attention!')).toBe('linear attention');
    expect(canonicalTopic('the of and')).toBe('');
    expect(canonicalTopic('x'.repeat(200))).toBe('');
  });
});
