import { fold } from '../../text/fold.js';
import { questionMeasurePattern } from '../lexicon/measures.js';
import { APPEARANCE_WORDS, AUTHOR_WORDS, BENCHMARK_WORDS, HARDWARE_WORDS_IN_QUESTIONS, LIMITATION_QUESTION_WORDS, UNSUPPORTED_WORDS, UPVOTE_WORDS, wholeWords } from '../lexicon/questionKinds.js';

/** What a question wants back. */
export type Asks =
  | 'code'
  | 'authors'
  | 'published'
  | 'upvotes'
  | 'appearances'
  | 'unsupported'
  | 'quantity'
  | 'hardware'
  | 'benchmark'
  | 'limitation'
  | 'method'
  | 'definition'
  | 'general';

/** The yardstick of a "how much" question, which the quoted figure must be about. */
export type Measure = 'speed' | 'accuracy' | 'memory' | 'cost' | 'price' | 'time' | 'size' | 'count' | 'any';

/** A question's shape: what it asks for and whether it is about one paper or many. */
export interface QuestionIntent {
  asks: Asks;
  /** `across` when it asks for papers (plural); `either` when a named paper decides. */
  scope: 'across' | 'either';
  measure: Measure | null;
  /** For "how many X …": the thing counted ("samples"). */
  countNoun: string | null;
  /**
   * For "which/what X …" asking for a named thing ("which ILP solver was used", "which new
   * activation function comes out of …"): X's words, and every word the question typed.
   */
  entity?: { head: string[]; typed: ReadonlySet<string> };
}

const RULES: ReadonlyArray<readonly [Asks, RegExp]> = [
  ['unsupported', wholeWords(UNSUPPORTED_WORDS)],
  ['code', /^(?:code|repo|github)\b|\b(?:is|are) there (?:any |an? |the |public |open[- ]source )?(?:code|implementation|repo|repository)\b|\b(?:code|repo|github)$|\bwhere (?:can|do|could|should) (?:i|we|you|one) (?:get|find|download|try|access|obtain|grab)\b|\b(?:github|gitlab|repo|repos|repository|repositories|codebase|source code|open[- ]?sourced?)\b|\b(?:code|implementation|project page|website|weights|checkpoints?)\b(?! generation)(?=.*\b(?:where|link|url|available|availability|find|get|download|released?|public|publicly|access|open|shared?|online)\b)|\b(?:where|link|url|available|availability|find|get|download|released?|public|publicly|access|open|shared?|online)\b.*\b(?:code|implementation|project page|website)\b(?! generation)/],
  ['upvotes', wholeWords(UPVOTE_WORDS)],
  ['authors', wholeWords(AUTHOR_WORDS)],
  ['published', /\b(?:publication date|date of publication|release date|published|publish|came out|come out|what (?:year|date|month)|which (?:year|date|month)|how (?:old|recent) is)\b|\bwhen (?:was|were|did|is)\b.*\b(?:released?|posted|submitted|written|announced|out)\b/],
  ['appearances', wholeWords(APPEARANCE_WORDS)],
  ['limitation', wholeWords(LIMITATION_QUESTION_WORDS)],
  ['hardware', /\b(?:(?:which|what)(?: kind of| type of| sort of)?(?: \w+)? (?:hardware|gpus?|tpus?|cpus?|fpgas?|asics?|accelerators?|chips?|devices?|platforms?|processors?)|runs? on|running on|work on|works on|built for|designed for|made for|meant for|optimi[sz]ed for|tailored for|target(?:s|ed)?|deploy\w* on|on (?:what|which) (?:hardware|gpus?|devices?))\b/],
  ['quantity', /\b(?:how (?:much|many|fast|quick|large|big|small|long|well|accurate|good|high|low|far|efficient|cheap|expensive)|by (?:how much|what factor|what margin)|(?:speed-?ups?|accuracy|accuracies|scores?|percentage|percent|improvements?|reductions?|gains?|throughput|latency|perplexity|error rates?|compression ratio|pass@\w+|figures?(?! out)|factor|win rate|success rate)\b(?=.*\b(?:does|do|did|is|are|was|were|of|for|on|reach|get|achieve|over|vs|versus|compared|relative)\b)|(?:faster|slower|cheaper|smaller|fewer|more accurate|less memory)\b.*\bthan|pass@\d+|(?:biggest|largest|smallest|highest|lowest|fastest|best|worst|max(?:imum)?|min(?:imum)?|typical|median|average|mean)(?:[- ]case)? (?:[a-z-]+ )?(?:size|sizes|speed-?ups?|accuracy|score|gain|improvement|reduction|number|count|scale|factor|ratio))\b/],
  ['hardware', wholeWords(HARDWARE_WORDS_IN_QUESTIONS)],
  ['benchmark', wholeWords(BENCHMARK_WORDS)],
  ['method', /^(?:how (?:does|do|did|is|are|can|could)\b|(?:what|which) (?:technique|techniques|method|methods|approach|approaches|trick|tricks|algorithm|mechanism|idea|architecture|strategy|strategies) (?:does|do|did|is|are)\b|why (?:does|do|is|are)\b)/],
  ['definition', /^(?:what(?:'s| is| are| was| were)\b|what (?:does|do|did)\b.*\b(?:do|propose|introduce|present|contribute|offer|study|show|find|mean|stand for|about)$|explain\b|describe\b|summari[sz]e\b|tell me (?:about|more)\b|give me (?:an? )?(?:summary|overview|tl;?dr)|tl;?dr\b|eli5\b|define\b|overview of\b|who is\b|what problem)/],
];

const ACROSS = [
  /\b(?:which|what|any|list|find|show|recommend|suggest|name|give|are there|is there|search)\b(?:\s+\S+){0,3}?\s+(?:papers?|works|stud(?:y|ies)|articles?|publications?|approaches|methods|models|techniques|systems|ones|research|work)\b/,
  /\bpapers?\s+(?:on|about|that|which|using|for|in|regarding|where|with|tackling|addressing)\b/,
  /\bwhat (?:has|have) been (?:done|proposed|published|written|studied|tried)\b/,
  /\bwho (?:works?|is working|has worked|studies|studied|looks?|is looking|has looked)\b/,
  /\bwhat(?:'s| is) (?:new|out there|the latest|the state of the art|known)\b/,
  /\b(?:research|work|literature|progress) (?:on|about|in|into|regarding)\b/,
];

const SPEED = questionMeasurePattern('speed');
const ACCURACY = questionMeasurePattern('accuracy');
const MEMORY = questionMeasurePattern('memory');
const COST = questionMeasurePattern('cost');
const SIZE = questionMeasurePattern('size');
const HOW_MANY = /\bhow many\s+((?:[a-z0-9-]+\s+){0,2}?[a-z0-9-]+?)(?=\s+(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would)\b|\s*$)/;

const PRICE = /\b(?:how much (?:does|do|did|would|will|is|are) .{1,80} cost|what (?:does|do|did|would|will) .{1,80} cost|prices?|priced|pricing|dollars?|usd|euros?)\b/;
const TIME = /\bhow long (?:does|did|do|will|would|is|was)\b.*\b(?:take|took|train|run|last|need)|\bhow (?:much|long) time\b|\b(?:hours|days|minutes|seconds|wall-clock time|training time)\b/;

function measureOf(q: string): Measure {
  if (TIME.test(q)) return 'time';
  if (SPEED.test(q)) return 'speed';
  if (COST.test(q)) return 'cost';
  if (MEMORY.test(q)) return 'memory';
  if (ACCURACY.test(q)) return 'accuracy';
  if (HOW_MANY.test(q)) return 'count';
  if (SIZE.test(q)) return 'size';
  return 'any';
}

/** Reads what a question asks for (figure, code link, hardware, definition …) and its scope. */
export function classifyQuestion(question: string): QuestionIntent {
  const q = fold(question).replace(/[’`]/g, "'").replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim();
  const scope = ACROSS.some((re) => re.test(q)) ? 'across' : 'either';
  // "What does X cost?", "GPU price": money, which abstracts almost never state.
  if (PRICE.test(q)) return { asks: 'quantity', scope, measure: 'price', countNoun: null };
  const rule = RULES.find(([, re]) => re.test(q));
  let asks: Asks = rule?.[0] ?? 'general';
  // "How fast on GPUs" wants a figure; "which GPU does it target" wants hardware.
  if (asks === 'hardware' && /^(?:how (?:much|many|fast|well)|by how much)\b/.test(q)) asks = 'quantity';
  if (asks === 'benchmark' && /^(?:how (?:much|many|well|fast|accurate)|what (?:accuracy|score))\b/.test(q)) asks = 'quantity';
  const measure = asks === 'quantity' ? measureOf(q) : null;
  const countNoun = asks === 'quantity' && measure === 'count' ? (HOW_MANY.exec(q)?.[1] ?? null) : null;
  const head = asks === 'general' || asks === 'method' ? ENTITY.exec(q)?.[1] : undefined;
  const entity = head === undefined ? {} : { entity: { head: head.split(' '), typed: new Set(q.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)) } };
  return { asks, scope, measure, countNoun, ...entity };
}

// "which ILP solver was used …", "what new activation function comes out of …": the thing named.
const ENTITY = /^(?:which|what)\s+(?:new\s+|novel\s+|other\s+)?((?:[a-z0-9-]+\s+){0,2}?(?:solver|optimizer|function|model|models|architecture|backbone|library|framework|tool|language|algorithm|loss|metric|encoder|decoder|baseline|system|method|technique|simulator|engine|compiler|format|kernel|network|dataset|benchmark|llm|policy|prior|distribution|activation))\s+(?:was|were|is|are|does|do|did|comes?|came|gets?|got|has|have|had|used|serves?|results?|emerges?|powers?|underlies|drives?|they|it|the)\b/;
