import { describe, expect, it } from 'vitest';
import { hasTerm, termSet } from '../../../src/answer/question/matchTerms.js';

describe('question terms against abstract text', () => {
  it('lets a named GPU answer for "GPU", but not any GPU for a named one', () => {
    expect(hasTerm(termSet('trained on 8 A100 GPUs'), 'gpu')).toBe(true);
    expect(hasTerm(termSet('efficient multi-GPU utilization'), 'h100s')).toBe(false);
    expect(hasTerm(termSet('measured on H100 nodes'), 'h100s')).toBe(true);
  });
});
