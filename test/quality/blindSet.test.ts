import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Library } from '../../src/search/library.js';
import { lookup } from '../../src/search/lookup.js';
import { searchPapers } from '../../src/search/searchPapers.js';
import { shippedLibrary } from '../helpers/library.js';

/**
 * Held-out sets (blindSet.json, blindSet2.json, blindSet3.json): each written by a separate session from the
 * shipped digests alone, without the code, our other query sets or the engine's answers; each
 * file records what it measured as it came (set 1: lookup 0.88, topics 0.867, /ask 0.711; set 2,
 * written after set 1's fixes: lookup 0.875, topics 0.911, /ask 0.725; set 3, after set 2's:
 * lookup 0.967, topics 0.823, /ask 0.767, and 2 of 20 unanswerable questions answered confidently). The general fixes their misses pointed to are in; the
 * floors below sit under what they measure now, so a regression on questions we did not write
 * fails the build.
 */
const FLOORS = { lookupHit1: 0.95, topicPrecision5: 0.85, askAccuracy: 0.8, askConfidentCorrect: 0.45 };

const blindSetSchema = z.object({
  lookups: z.array(z.object({ query: z.string(), id: z.string(), kind: z.string() })),
  topics: z.array(z.object({ topic: z.string(), relevant: z.array(z.string()).min(1) })),
  askAnswerable: z.array(z.object({ question: z.string(), paper: z.string().optional(), fact: z.string(), cites: z.string() })),
  askUnanswerable: z.array(z.object({ question: z.string(), why: z.string() })),
});
const read = (file: string) => blindSetSchema.parse(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')));
const sets = [read('./blindSet.json'), read('./blindSet2.json'), read('./blindSet3.json')];
const blindSet = {
  lookups: sets.flatMap((s) => s.lookups),
  topics: sets.flatMap((s) => s.topics),
  askAnswerable: sets.flatMap((s) => s.askAnswerable),
  askUnanswerable: sets.flatMap((s) => s.askUnanswerable),
};

let library: Library;
beforeAll(async () => {
  library = await shippedLibrary();
});

describe('the blind query sets', () => {
  it('names only papers in the catalogue', () => {
    const ids = [...blindSet.lookups.map((l) => l.id), ...blindSet.topics.flatMap((t) => t.relevant), ...blindSet.askAnswerable.map((q) => q.cites)];
    expect(ids.filter((id) => !library.catalogue.byId.has(id))).toEqual([]);
  });

  it('/paper lookup hit@1', () => {
    const misses = blindSet.lookups.filter((l) => lookup(library, l.query).paper?.id !== l.id).map((l) => l.query);
    const hit1 = 1 - misses.length / blindSet.lookups.length;
    console.log(`blind lookup hit@1 = ${hit1.toFixed(3)} (${blindSet.lookups.length} queries); misses: ${JSON.stringify(misses)}`);
    expect(hit1).toBeGreaterThanOrEqual(FLOORS.lookupHit1);
  });

  it('/search precision@5', () => {
    let sum = 0;
    for (const t of blindSet.topics) {
      const relevant = new Set(t.relevant);
      const top = searchPapers(library, t.topic, { limit: 5 }).hits;
      sum += top.filter((h) => relevant.has(h.paper.id)).length / Math.min(5, relevant.size);
    }
    const precision = sum / blindSet.topics.length;
    console.log(`blind topic P@5 = ${precision.toFixed(3)} (${blindSet.topics.length} topics)`);
    expect(precision).toBeGreaterThanOrEqual(FLOORS.topicPrecision5);
  });

  it('/ask: the fact and the paper, and never a confident answer the abstracts cannot give', () => {
    let right = 0;
    let confidentRight = 0;
    for (const q of blindSet.askAnswerable) {
      const answer = answerQuestion(library, q.question, q.paper === undefined ? {} : { paperId: q.paper });
      const text = `${answer.answer}\n${answer.citations.map((c) => c.quote).join('\n')}`.toLowerCase();
      if (text.includes(q.fact.toLowerCase()) && answer.citations.some((c) => c.id === q.cites)) {
        right += 1;
        if (answer.confident) confidentRight += 1;
      }
    }
    const confidentWrong = blindSet.askUnanswerable.filter((q) => answerQuestion(library, q.question).confident).map((q) => q.question);
    const n = blindSet.askAnswerable.length;
    console.log(`blind /ask accuracy ${(right / n).toFixed(3)} (${right}/${n}), confident and correct ${(confidentRight / n).toFixed(3)}, confident on unanswerable ${confidentWrong.length}/${blindSet.askUnanswerable.length}`);
    expect(confidentWrong).toEqual([]);
    expect(right / n).toBeGreaterThanOrEqual(FLOORS.askAccuracy);
    expect(confidentRight / n).toBeGreaterThanOrEqual(FLOORS.askConfidentCorrect);
  });
});
