import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { classifyQuestion } from '../../src/answer/question/classifyQuestion.js';
import { quotedTitle } from '../../src/answer/resolve/quotedTitle.js';
import { questionTokens } from '../../src/answer/question/questionTokens.js';
import { libraryOf, makePaper } from './fixtures.js';

const prune = makePaper({
  id: 'to-prune',
  title: 'To prune, or not to prune: exploring the efficacy of pruning for model compression',
  abstract: 'We compare large-sparse and small-dense models. Large-sparse models reach a 10x reduction in non-zero parameters with minimal loss in accuracy.',
});
const other = makePaper({ id: 'other', title: 'Sparse Regression on Random Supports', abstract: 'We study sparse linear regression with small prediction error on random supports.' });

describe('/ask on questions worded in other words', () => {
  it('reads a quoted title fragment as the paper it names, only when one title holds it', () => {
    const library = libraryOf([prune, other]);
    const q = "the 'to prune or not' paper: how much smaller can you go?";
    expect(quotedTitle(library, q, questionTokens(q))?.paper.id).toBe('to-prune');
    const s = "the retailer's site and the model's size";
    expect(quotedTitle(library, s, questionTokens(s))).toBeNull();
    const a = 'the "sparse" paper';
    expect(quotedTitle(library, a, questionTokens(a))).toBeNull();
    const answer = answerQuestion(library, "the big-sparse vs small-dense 'to prune or not' paper: how much smaller in nonzeros can you go w barely any accuracy hit?");
    expect(answer.citations[0]?.id).toBe('to-prune');
    expect(answer.citations[0]?.quote).toContain('10x reduction');
  });

  it('takes "feature interactions" as content, not as a question about digest listings', () => {
    expect(classifyQuestion('the transformer with heterogeneous feature interactions: how much did online metrics improve?').asks).toBe('quantity');
    expect(classifyQuestion('was it featured in a digest?').asks).toBe('appearances');
  });

  it('reads a superlative or typical figure as a figure question', () => {
    expect(classifyQuestion('biggest model size the influence function study got to?').asks).toBe('quantity');
    expect(classifyQuestion('the layer-parallel drafting approach for multi-gpu decoding, best-case speedup over plain decoding?').asks).toBe('quantity');
    expect(classifyQuestion('which gpu does it target?').asks).toBe('hardware');
  });
});
