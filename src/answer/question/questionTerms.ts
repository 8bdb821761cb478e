import { processTerm } from '../../search/analyze.js';
import { STOP_WORDS } from '../../search/lexicon/stopWords.js';
import type { Asks } from './classifyQuestion.js';
import { FRAME_WORDS, GENERIC_HARDWARE, LINK_VERBS, MEASURE_WORDS, SOFT_WORDS } from '../lexicon/questionLexicon.js';
import type { Token } from './questionTokens.js';

/** What a question is about, once its frame and the paper's name are set aside. */
export interface QuestionTerms {
  /** Index terms (stemmed) a quoted sentence must hold for a confident answer. */
  required: string[];
  /** Yardstick words ("faster", "accuracy"): a single-paper answer checks them as evidence instead. */
  measure: string[];
  /** Terms that help rank sentences but need not appear ("than standard attention"). */
  soft: string[];
  /** The words behind `required`, as typed (folded), for a /search suggestion. */
  topic: string[];
  /** The words behind `measure`, as typed (folded). */
  measureWords: string[];
}

/** Words that only restate what a kind of question asks for; the evidence check covers them. */
export const ASKS_FRAME: Partial<Record<Asks, ReadonlySet<string>>> = {
  hardware: new Set('hardware target targets targeted run runs running built build designed design made optimized optimised tailored deployed deploy deployment support supports platform platforms kind type which work works'.split(' ')),
  code: new Set('code codes github gitlab repo repos repository repositories codebase source implementation implementations available availability find download link links url released release public publicly open opensource sourced get where access shared share online website page project weights checkpoints'.split(' ')),
  authors: new Set('authors author authored coauthors co wrote written write writes team people researchers behind names list number'.split(' ')),
  published: new Set('published publish publication date year month day released release came come out posted submitted old recent'.split(' ')),
  upvotes: new Set('upvotes upvote votes likes'.split(' ')),
  appearances: new Set('digest digests featured feature appeared appear appears seen shown show up often times issue day'.split(' ')),
  benchmark: new Set('benchmark benchmarks dataset datasets evaluated evaluate evaluates evaluation tested test tests experiments experiment data tasks task train trains trained training baselines baseline report reports results'.split(' ')),
  limitation: new Set('limitation limitations weakness weaknesses drawback drawbacks downside downsides shortcoming shortcomings caveat caveats disadvantage disadvantages cons fail fails failure'.split(' ')),
  definition: new Set('model models method methods approach approaches framework frameworks system systems technique techniques architecture architectures algorithm algorithms tool tools library idea'.split(' ')),
  method: new Set('technique techniques method methods approach approaches trick tricks algorithm mechanism architecture strategy work works handle handles deal deals cope copes address addresses tackle tackles manage manages overcome overcomes achieve achieves'.split(' ')),
  unsupported: new Set('citations citation cited cites cite citing'.split(' ')),
};

const COMPARE = new Set(['than', 'versus', 'vs', 'compared']);
// "speedup over X", "gain relative to X": a comparison only right after a yardstick word.
const COMPARE_AFTER_MEASURE = new Set(['over', 'relative', 'against']);
// A comparison ends where the question goes on ("… over CUTLASS does X reach …").
const CLAUSE_BREAK = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'has', 'have', 'will', 'would', 'what', 'which', 'how', 'when', 'where', 'why', 'who']);

/** Whether a typed word names something specific (capitals past the first letter, or digits): "Ring Attention", "Yolov8-N". */
function named(token: Token, index: number): boolean {
  return /\d/.test(token.text) || (index > 0 && /\p{Lu}/u.test(token.text));
}

/**
 * Splits a question's words into required topic terms, yardsticks and soft terms, skipping `skip`
 * token positions (the paper's name). A comparison's object ("than existing baselines") is soft,
 * unless it names something ("than Mamba", "over CUTLASS"). Linking verbs ("use", "built") only
 * frame a question across papers; about one paper they are part of what is asked.
 */
export function questionTerms(tokens: readonly Token[], asks: Asks, skip: ReadonlySet<number>, countNoun: string | null, across: boolean): QuestionTerms {
  const frame = ASKS_FRAME[asks];
  const required: string[] = [];
  const measure: string[] = [];
  const soft: string[] = [];
  const topic: string[] = [];
  const measureWords: string[] = [];
  let comparing = false;
  let measured = false;
  const add = (term: string, word: string): void => {
    if (!required.includes(term)) {
      required.push(term);
      topic.push(word);
    }
  };
  tokens.forEach((token, i) => {
    if (token.words.some((w) => COMPARE.has(w)) || (measured && token.words.some((w) => COMPARE_AFTER_MEASURE.has(w)))) comparing = true;
    else if (token.words.some((w) => CLAUSE_BREAK.has(w))) comparing = false;
    if (token.words.some((w) => MEASURE_WORDS.has(w))) measured = true;
    if (skip.has(i)) return;
    // "how long", "how large": the yardstick of the question, not its topic.
    if (tokens[i - 1]?.key === 'how') return;
    for (const word of token.words) {
      if (STOP_WORDS.has(word) || FRAME_WORDS.has(word) || COMPARE.has(word)) continue;
      if (across && LINK_VERBS.has(word)) continue;
      if (frame?.has(word) === true) continue;
      // "Which GPU …" is answered by any hardware; "… on TPUs?" must find TPUs.
      if (asks === 'hardware' && GENERIC_HARDWARE.has(word)) continue;
      const term = processTerm(word);
      if (term === null) continue;
      const isCount = countNoun !== null && countNoun.split(/\s+/).includes(word);
      if (SOFT_WORDS.has(word) && !isCount) {
        if (!soft.includes(term)) soft.push(term);
        continue;
      }
      if (comparing) {
        if (named(token, i)) add(term, word);
        else if (!soft.includes(term)) soft.push(term);
        continue;
      }
      if (MEASURE_WORDS.has(word) && !isCount) {
        if (!measure.includes(term)) {
          measure.push(term);
          measureWords.push(word);
        }
        continue;
      }
      add(term, word);
    }
  });
  return { required, measure, soft, topic, measureWords };
}
