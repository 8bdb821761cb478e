import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  customIdPrefix,
  makeAskModalId,
  makePaperActionId,
  makePickId,
  makeSearchPageId,
  MAX_ID_TOPIC,
  parseAskModalId,
  parsePaperActionId,
  parsePickedPaperId,
  parseSearchPageId,
} from '../../src/replies/customIds.js';
import { LIMITS } from '../../src/replies/limits.js';
import { canonicalTopic } from '../../src/replies/searchPage.js';
import { hostileText } from '../helpers/arbitraries.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const paperId = fc.stringMatching(/^[a-z0-9]{1,20}(-[a-z0-9]{1,10}){0,4}$/).filter((id) => id.length <= 64);
const page = fc.integer({ min: 0, max: 999 });
const limit = fc.integer({ min: 1, max: 50 });
const anyString = fc.oneof(hostileText(), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 300 }));

describe('custom id codecs (property)', () => {
  it('search page ids round-trip for every searchable topic and stay within 100 characters', () => {
    fc.assert(
      fc.property(page, limit, anyString, (p, l, raw) => {
        const topic = canonicalTopic(raw);
        expect(topic.length).toBeLessThanOrEqual(MAX_ID_TOPIC);
        const id = makeSearchPageId({ page: p, limit: l, topic });
        expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
        if (topic.length > 0) expect(parseSearchPageId(id)).toEqual({ page: p, limit: l, topic });
      }),
      RUNS,
    );
  });

  it('search page ids round-trip any topic text up to the id limit (spaces, punctuation, unicode)', () => {
    const topic = anyString.map((t) => t.slice(0, MAX_ID_TOPIC)).filter((t) => t.length > 0);
    fc.assert(fc.property(page, limit, topic, (p, l, t) => {
      const id = makeSearchPageId({ page: p, limit: l, topic: t });
      expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
      expect(parseSearchPageId(id)).toEqual({ page: p, limit: l, topic: t });
    }), RUNS);
  });

  it('never produces an id over 100 characters, whatever it is given', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), anyString, (p, l, t) => {
        expect(makeSearchPageId({ page: p, limit: l, topic: t }).length).toBeLessThanOrEqual(LIMITS.customId);
        for (const action of ['related', 'ask', 'open'] as const) expect(makePaperActionId(action, t).length).toBeLessThanOrEqual(LIMITS.customId);
        expect(makeAskModalId(t).length).toBeLessThanOrEqual(LIMITS.customId);
      }),
      RUNS,
    );
  });

  it('paper-scoped ids round-trip every paper id', () => {
    fc.assert(
      fc.property(paperId, fc.constantFrom('related' as const, 'ask' as const, 'open' as const), (id, action) => {
        expect(parsePaperActionId(makePaperActionId(action, id))).toEqual({ action, paperId: id });
        expect(parseAskModalId(makeAskModalId(id))).toBe(id);
        expect(parsePickedPaperId(id)).toBe(id);
        expect(customIdPrefix(makePaperActionId(action, id))).toBe(action);
      }),
      RUNS,
    );
    for (const where of ['search', 'digest', 'related', 'trending', 'lookup'] as const) expect(customIdPrefix(makePickId(where))).toBe('pick');
  });

  it('parsers never throw, and accept only well-formed ids', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const search = parseSearchPageId(s);
        if (search !== null) expect(makeSearchPageId(search)).toBe(s);
        const action = parsePaperActionId(s);
        if (action !== null) expect(makePaperActionId(action.action, action.paperId)).toBe(s);
        const modal = parseAskModalId(s);
        if (modal !== null) expect(makeAskModalId(modal)).toBe(s);
        const picked = parsePickedPaperId(s);
        if (picked !== null) expect(picked).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
      RUNS,
    );
  });
});
