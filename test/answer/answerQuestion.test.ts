import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { PAPERS, libraryOf } from './fixtures.js';

const library = libraryOf(PAPERS);

describe('answerQuestion', () => {
  it('answers a figure question with the sentence holding the figure', () => {
    const answer = answerQuestion(library, 'By how much does ZipCache compress the KV cache?');
    expect(answer).toMatchObject({ kind: 'paper', confident: true });
    expect(answer.citations).toEqual([{ id: 'zipcache', title: PAPERS[1]?.title, quote: expect.stringContaining('4.98×') }]);
    expect(answer.answer).toContain('4.98×');
  });

  it('answers hardware, code and record questions', () => {
    expect(answerQuestion(library, 'Which hardware is Edge-MoE built for?').citations[0]?.quote).toContain('FPGA');
    const code = answerQuestion(library, 'Where is the code for ZipCache?');
    expect(code).toMatchObject({ confident: true, kind: 'paper' });
    expect(code.answer).toContain('https://github.com/example/zipcache');
    expect(answerQuestion(library, 'How many authors does ZipCache have?')).toMatchObject({ confident: true, citations: [{ quote: 'authorCount: 5' }] });
    expect(answerQuestion(library, 'When was ZipCache published?').answer).toContain('2024-05-23');
  });

  it('says plainly when the abstract or record lacks the answer', () => {
    const noLink = answerQuestion(library, 'Where is the code for Edge-MoE?');
    expect(noLink.confident).toBe(false);
    expect(noLink.answer).toMatch(/no link/);
    expect(answerQuestion(library, 'When was Edge-MoE published?').confident).toBe(false);
    expect(answerQuestion(library, 'How many citations does ZipCache have?').confident).toBe(false);
    expect(answerQuestion(library, 'What accuracy does Edge-MoE reach on ImageNet?').confident).toBe(false);
  });

  it('lists papers for a question across papers, each with the sentence that shows why', () => {
    const answer = answerQuestion(library, 'Which papers use sparse autoencoders?');
    expect(answer).toMatchObject({ kind: 'across', confident: true });
    expect(answer.citations[0]).toMatchObject({ id: 'sparse-autoencoders-survey', quote: expect.stringContaining('Sparse autoencoders') });
  });

  it('answers nothing confidently about things no abstract covers, and points to /search', () => {
    for (const question of ['What is the capital of France?', 'Who won the 2022 World Cup?', 'What is GPT-5?']) {
      const answer = answerQuestion(library, question);
      expect(answer.confident, question).toBe(false);
      expect(answer.answer).toMatch(/\/search/);
    }
    expect(answerQuestion(library, '   ')).toMatchObject({ confident: false, kind: 'unknown' });
  });

  it('answers about a pinned paper, and says so when the pinned id is unknown', () => {
    const pinned = answerQuestion(library, 'How much accuracy does it lose?', { paperId: 'zipcache' });
    expect(pinned).toMatchObject({ confident: true, kind: 'paper' });
    expect(pinned.citations[0]?.quote).toContain('0.38%');
    expect(answerQuestion(library, 'What is it?', { paperId: 'no-such-paper' })).toMatchObject({ confident: false, kind: 'unknown', citations: [] });
  });
});
