import { words } from '../../text/fold.js';
import type { Asks, Measure } from '../question/classifyQuestion.js';
import { HARDWARE_WORDS } from '../lexicon/questionLexicon.js';
import { CONTRIBUTION_CUE, FINDING_CUE, LIMITATION_CUE, METHOD_CUE } from '../lexicon/sentenceCues.js';
import { evidenceMeasurePattern } from '../lexicon/measures.js';
import { FIGURE, WORDED_TIME, countNearPattern } from '../lexicon/figures.js';
import { BEFORE_RESULT_NAME, EVALUATION_CUE, HARDWARE_PHRASE } from '../lexicon/evidenceCues.js';

const MEASURES: readonly Measure[] = ['speed', 'accuracy', 'memory', 'cost', 'price', 'time', 'size', 'count', 'any'];

const MEASURE_CUES = Object.fromEntries(MEASURES.map((m) => [m, evidenceMeasurePattern(m)])) as Record<Measure, RegExp>;

/** Whether text holds a figure (a number or a spelled-out multiple). */
export function hasFigure(text: string): boolean {
  return FIGURE.test(text);
}

/** Whether text holds a figure of the asked measure (a speed-up for "how much faster", …). */
export function hasMeasure(text: string, measure: Measure, countNoun: string | null): boolean {
  if (measure === 'time' && WORDED_TIME.test(text)) return true;
  if (measure === 'count' && countNoun !== null) {
    // "6 models", "nine real-life datasets", "69.5% fewer parameters", "5 out of 6 problems".
    const noun = countNoun.split(/\s+/).at(-1) ?? countNoun;
    const stem = noun.replace(/(?:es|s)$/, '').slice(0, Math.max(3, noun.length - 2));
    return countNearPattern(stem).test(text);
  }
  if (!hasFigure(text)) return false;
  return MEASURE_CUES[measure].test(text);
}

/** Whether text names computing hardware (GPU, FPGA, tensor cores, edge devices …). */
export function hasHardware(text: string): boolean {
  return words(text).some((w) => HARDWARE_WORDS.has(w)) || HARDWARE_PHRASE.test(text);
}

// A benchmark-like name: a capital inside (ImageNet, LiveCodeBench, TriviaQA), letters with digits
// (GSM8K, CIFAR-10, miniF2F), or four or more capitals (MMLU, GLUE, BEIR).
const BENCHMARK_NAME = /(?<![\p{L}\p{N}])(?:\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}+-]*|\p{L}+-?\d+[\p{L}\p{N}-]*|\p{Lu}{4,}[+\p{N}-]*)(?![\p{L}\p{N}])/gu;

/** Whether a sentence names a benchmark or dataset (other than the paper's own name) where results are reported. */
function namesBenchmark(text: string, name: RegExp | null): boolean {
  for (const match of text.matchAll(BENCHMARK_NAME)) {
    if (name?.test(match[0]) === true) continue;
    if (EVALUATION_CUE.test(text) || BEFORE_RESULT_NAME.test(text.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  return false;
}

/** Whether text holds what a question of this kind asks for; kinds without such evidence pass. */
export function hasEvidence(text: string, asks: Asks, measure: Measure | null, countNoun: string | null, name: RegExp | null): boolean {
  switch (asks) {
    case 'quantity':
      return hasMeasure(text, measure ?? 'any', countNoun);
    case 'hardware':
      return hasHardware(text);
    case 'benchmark':
      return namesBenchmark(text, name);
    case 'limitation':
      return LIMITATION_CUE.test(text) && (name?.test(text) === true || /\b(?:our|we|this)\b/i.test(text));
    case 'definition':
      return CONTRIBUTION_CUE.test(text) || FINDING_CUE.test(text) || (name?.test(text) === true);
    case 'method':
      return METHOD_CUE.test(text) || CONTRIBUTION_CUE.test(text);
    default:
      return true;
  }
}
