import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../../src/answer/question/classifyQuestion.js';

describe('classifyQuestion', () => {
  it.each([
    ['What is PLANSEARCH?', 'definition'],
    ['Tell me about Conv-TasNet', 'definition'],
    ['How much faster is FlashAttention than standard attention?', 'quantity'],
    ['What accuracy does PLANSEARCH reach on LiveCodeBench?', 'quantity'],
    ['What relative accuracy improvement does KV Prediction show on TriviaQA?', 'quantity'],
    ['How many models is Sirius evaluated on?', 'quantity'],
    ['Which hardware is Edge-MoE built for?', 'hardware'],
    ['Which GPUs are the Quartet kernels tailored for?', 'hardware'],
    ['Where is the code for Quartet?', 'code'],
    ['bitnet cpp github', 'code'],
    ['Is the SlimSAM code available?', 'code'],
    ['How many authors does LLM-FP4 have?', 'authors'],
    ['Who proposed Mixture-of-Memories?', 'authors'],
    ['When was LLM-FP4 published?', 'published'],
    ['How many upvotes does it have?', 'upvotes'],
    ['Which digest featured Mamba?', 'appearances'],
    ['How many citations does FlashAttention have?', 'unsupported'],
    ['Which conference accepted ZipCache?', 'unsupported'],
    ['What are the limitations of PLANSEARCH?', 'limitation'],
    ['How does FlashAttention reduce memory reads?', 'method'],
    ['Which benchmarks does PLANSEARCH use?', 'benchmark'],
    ['Does FlashAttention use tiling?', 'general'],
  ] as const)('%s → %s', (question, asks) => {
    expect(classifyQuestion(question).asks).toBe(asks);
  });

  it('tells questions across papers from questions about one', () => {
    expect(classifyQuestion('Which papers compress the KV cache?').scope).toBe('across');
    expect(classifyQuestion('What has been done on sparse autoencoders?').scope).toBe('across');
    expect(classifyQuestion('Are there any papers on speculative decoding?').scope).toBe('across');
    expect(classifyQuestion('What is PLANSEARCH?').scope).toBe('either');
    expect(classifyQuestion('Which paper introduced PLANSEARCH?').scope).toBe('across');
  });

  it('names the yardstick of a figure question and the thing counted', () => {
    expect(classifyQuestion('How much faster is X?').measure).toBe('speed');
    expect(classifyQuestion('What accuracy does X reach?').measure).toBe('accuracy');
    expect(classifyQuestion('How long did it take to train X?').measure).toBe('time');
    expect(classifyQuestion('How many samples does X use?')).toMatchObject({ measure: 'count', countNoun: 'samples' });
  });

  it('reads the named thing a "which X" question wants', () => {
    expect(classifyQuestion('Which ILP solver was used in the PACE solver?').entity?.head).toEqual(['ilp', 'solver']);
    expect(classifyQuestion('which new activation function comes out of EAFO?').entity?.head).toEqual(['activation', 'function']);
    expect(classifyQuestion('Which optimizer does Quartet use?').entity?.head).toEqual(['optimizer']);
    expect(classifyQuestion('What is FlashAttention?').entity).toBeUndefined();
    expect(classifyQuestion('How much faster is X than Y?').entity).toBeUndefined();
  });
});
