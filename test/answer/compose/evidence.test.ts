import { describe, expect, it } from 'vitest';
import { hasFigure, hasHardware, hasMeasure } from '../../../src/answer/compose/evidence.js';

describe('figures in abstract sentences', () => {
  it('counts numbers and multiples, not names or dimensions', () => {
    for (const text of ['reducing runtime by up to 95%', 'a 3× speedup', '1.5B parameters', 'twice as fast', 'an order of magnitude faster']) {
      expect(hasFigure(text), text).toBe(true);
    }
    for (const text of ['GPT-2 and LLaMA3-8B', 'reconstructing 3D structures', 'from 2D point tracks', 'a 4D scene', 'dynamic 2-D data']) {
      expect(hasFigure(text), text).toBe(false);
    }
  });

  it('wants the asked yardstick next to the figure', () => {
    expect(hasMeasure('drastically reducing runtime by up to 95%', 'speed', null)).toBe(true);
    expect(hasMeasure('we infer 3D structure efficiently in one pass', 'speed', null)).toBe(false);
    expect(hasMeasure('evaluated on 6 models', 'count', 'models')).toBe(true);
  });

  it('knows hardware units by name, not only by GPU', () => {
    expect(hasHardware('computes the FFT using matrix multiply units')).toBe(true);
    expect(hasHardware('runs on tensor cores of an A100')).toBe(true);
    expect(hasHardware('we multiply matrices in closed form')).toBe(false);
  });
});
