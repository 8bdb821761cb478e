import { describe, expect, it } from 'vitest';
import { analyze, processTerm } from '../../src/search/analyze.js';

describe('index terms', () => {
  it('reads the short forms people type as the words abstracts spell out', () => {
    expect(processTerm('params')).toBe(processTerm('parameters'));
    expect(processTerm('perf')).toBe(processTerm('performance'));
    expect(processTerm('eval')).toBe(processTerm('evaluation'));
    expect(processTerm('parameter')).not.toBe(processTerm('perimeter'));
  });

  it('yields the parts of a hyphenated name and the parts joined', () => {
    expect(analyze('Edge-MoE on FPGAs')).toEqual(expect.arrayContaining(['edg', 'moe', 'edgemo', 'fpga']));
  });
});
