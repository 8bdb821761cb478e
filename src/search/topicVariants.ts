import { words } from '../text/fold.js';
import { ACRONYMS } from './lexicon/acronyms.js';

// Longest phrases first, so "multimodal large language model" is mllm, not "multimodal llm".
const LONGEST_FIRST = [...ACRONYMS].sort((a, b) => words(b[1]).length - words(a[1]).length);

const singular = (word: string): string => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/**
 * The topic as typed, plus the topic with each acronym spelled out ("gnn" → "graph neural network")
 * or each spelled-out phrase shortened to its acronym ("low-rank adaptation" → "lora"): papers say
 * it one way or the other, and the user typed one of them.
 */
export function topicVariants(topic: string): string[] {
  const typed = words(topic);
  const base = typed.map(singular);
  let spelled = [...typed];
  let shortened = [...typed];
  for (const [acronym, phrase] of LONGEST_FIRST) {
    const long = words(phrase);
    spelled = spelled.flatMap((w) => (singular(w) === acronym ? long : [w]));
    for (let i = 0; i + long.length <= base.length; i += 1) {
      // `base` is singular already ("process" stays "process"); a phrase inside one already shortened
      // ("integer linear programming" in "mixed integer linear programming") stays inside it.
      const free = shortened.slice(i, i + long.length).every((w, k) => w === typed[i + k]);
      if (free && long.every((w, k) => base[i + k] === singular(w))) {
        shortened = [...shortened.slice(0, i), acronym, ...Array<string>(long.length - 1).fill(''), ...shortened.slice(i + long.length)];
      }
    }
  }
  const variants = [typed.join(' '), spelled.join(' '), shortened.filter((w) => w.length > 0).join(' ')];
  return [...new Set(variants)].filter((v) => v.length > 0);
}
