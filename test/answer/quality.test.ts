import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { isGroundedQuote } from '../../src/answer/compose/renderField.js';
import type { Library } from '../../src/search/library.js';
import { shippedLibrary } from '../helpers/library.js';
import { ANSWERABLE, UNANSWERABLE, type AnswerableQuestion } from './questions.js';

/** Floors the answer engine must keep on its own question set (measured numbers are printed). */
const ACCURACY_FLOOR = 0.9;
const CONFIDENT_CORRECT_FLOOR = 0.85;

let library: Library;
beforeAll(async () => {
  library = await shippedLibrary();
});

function ask(question: string, paper: string | undefined): Answer {
  return answerQuestion(library, question, paper === undefined ? {} : { paperId: paper });
}

function correct(q: AnswerableQuestion, answer: Answer): boolean {
  const text = `${answer.answer}\n${answer.citations.map((c) => c.quote).join('\n')}`;
  const hasFact = typeof q.fact === 'string' ? text.includes(q.fact) : q.fact.test(text);
  return hasFact && answer.citations.some((c) => c.id === q.cites);
}

describe('answer quality on the shipped digests', () => {
  it('has at least 40 answerable and 10 unanswerable questions', () => {
    expect(ANSWERABLE.length).toBeGreaterThanOrEqual(40);
    expect(UNANSWERABLE.length).toBeGreaterThanOrEqual(10);
  });

  it('answers with the fact and the right paper, and never confidently answers what the abstracts cannot', () => {
    const misses: string[] = [];
    let right = 0;
    let confidentRight = 0;
    for (const q of ANSWERABLE) {
      const answer = ask(q.question, q.paper);
      if (correct(q, answer)) {
        right += 1;
        if (answer.confident) confidentRight += 1;
      } else {
        misses.push(`${q.question} → ${answer.answer.slice(0, 160)}`);
      }
    }
    const confidentWrong = UNANSWERABLE.filter((q) => ask(q.question, q.paper).confident).map((q) => q.question);
    const accuracy = right / ANSWERABLE.length;
    const confidentAccuracy = confidentRight / ANSWERABLE.length;
    console.log(
      `answer quality: accuracy ${accuracy.toFixed(3)} (${right}/${ANSWERABLE.length}), confident and correct ${confidentAccuracy.toFixed(3)}, ` +
        `confident answers to unanswerable questions ${confidentWrong.length}/${UNANSWERABLE.length}`,
    );
    if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(confidentWrong).toEqual([]);
    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    expect(confidentAccuracy).toBeGreaterThanOrEqual(CONFIDENT_CORRECT_FLOOR);
  });

  it('quotes every citation verbatim from the cited paper (abstract or record field)', () => {
    for (const q of [...ANSWERABLE, ...UNANSWERABLE]) {
      for (const citation of ask(q.question, q.paper).citations) {
        const paper = library.catalogue.byId.get(citation.id);
        expect(paper, citation.id).toBeDefined();
        if (paper === undefined) continue;
        expect(citation.title).toBe(paper.title);
        expect(isGroundedQuote(paper, citation.quote), `${q.question}: ${citation.quote}`).toBe(true);
      }
    }
  });

  it('lists at most five papers across papers', () => {
    expect(ask('Which papers use linear attention?', undefined).citations.length).toBeLessThanOrEqual(5);
  });
});
