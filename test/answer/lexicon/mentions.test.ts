// The mention lists build exactly the patterns they replaced, and each entry has a sentence it makes match.
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND, BACKGROUND_STARTS, CODE_MENTION, CODE_MENTION_ANCHOR, CODE_MENTION_ANCHORS, CODE_MENTIONS, HARDWARE_MENTION, HARDWARE_MENTIONS,
} from '../../../src/answer/lexicon/mentions.js';

const OLD = {
  background: /^(?:recently|existing|prior|previous(?:ly)?|traditional(?:ly)?|conventional(?:ly)?|current|many|most|these (?:methods|approaches|models|works|techniques)|despite|while)\b/i,
  hardware: /\b(?:GPU|TPU|CPU|FPGA|ASIC|tensor core|accelerator|hardware|edge|mobile|chip)/i,
  code: /\b(?:code|open-?source|github|implementation is|publicly available|released)\b/i,
  anchor: /code|open-?source|github|available|released/i,
};

describe('mention lexicon', () => {
  it.each([
    ['background', BACKGROUND, OLD.background],
    ['hardware', HARDWARE_MENTION, OLD.hardware],
    ['code', CODE_MENTION, OLD.code],
    ['anchor', CODE_MENTION_ANCHOR, OLD.anchor],
  ])('%s: the built pattern is the literal it replaced', (_, built, old) => {
    expect(built.source).toBe(old.source);
    expect(built.flags).toBe(old.flags);
  });

  const background: Record<string, string> = {
    recently: 'Recently, diffusion models improved.', existing: 'Existing methods fail on long inputs.', prior: 'Prior work ignores memory.',
    'previous(?:ly)?': 'Previously, models were small.', 'traditional(?:ly)?': 'Traditionally, parsers were rule based.',
    'conventional(?:ly)?': 'Conventional pruning needs retraining.', current: 'Current systems are slow.', many: 'Many methods need labels.',
    most: 'Most approaches are costly.', 'these (?:methods|approaches|models|works|techniques)': 'These methods scale poorly.',
    despite: 'Despite progress, gaps remain.', while: 'While LLMs excel, they hallucinate.',
  };
  it.each(BACKGROUND_STARTS.map((entry) => [entry, background[entry] ?? '']))('background start %s: "%s"', (entry, sentence) => {
    expect(new RegExp(`^(?:${entry})\\b`, 'i').test(sentence)).toBe(true);
    expect(BACKGROUND.test(sentence)).toBe(true);
    expect(BACKGROUND.test(`We show that ${sentence.toLowerCase()}`)).toBe(false);
  });

  it.each(HARDWARE_MENTIONS.map((entry) => [entry]))('hardware mention %s', (entry) => {
    expect(HARDWARE_MENTION.exec(`It runs 2x faster on a ${entry} board.`)?.[0].toLowerCase()).toBe(entry.toLowerCase());
  });

  const code: Record<string, string> = {
    code: 'Our code is online.', 'open-?source': 'We open-source the toolkit.', github: 'See GitHub for details.',
    'implementation is': 'The implementation is public.', 'publicly available': 'Models are publicly available.', released: 'Weights will be released.',
  };
  it.each(CODE_MENTIONS.map((entry) => [entry, code[entry] ?? '']))('code mention %s: "%s"', (entry, sentence) => {
    expect(new RegExp(`\\b(?:${entry})\\b`, 'i').test(sentence)).toBe(true);
    expect(CODE_MENTION.test('We study scaling laws.')).toBe(false);
  });

  it.each(CODE_MENTION_ANCHORS.map((entry) => [entry]))('clip anchor %s', (entry) => {
    expect(CODE_MENTION_ANCHOR.test(`the ${entry.replace('-?', '-')} part`)).toBe(true);
  });
});
