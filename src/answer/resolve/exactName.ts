import type { Paper } from '../../digest/schema.js';
import { processTerm } from '../../search/analyze.js';
import type { Library } from '../../search/library.js';
import { STOP_WORDS } from '../../search/lexicon/stopWords.js';
import { ANSWER_LIMITS } from '../limits.js';
import { hasTerm, termSet } from '../question/matchTerms.js';
import { comparisonStart, range, type IsContent, type Resolution } from './nameContext.js';
import { isDistinctiveName, paperNames, type PaperName } from './paperNames.js';
import type { Token } from '../question/questionTokens.js';
import { isCommonWord } from '../question/termRarity.js';

/** A share of papers above which a one-word name is an ordinary word of the field ("transformers"). */
const COMMON_SHARE = 0.02;

/**
 * Whether the typed words are an ordinary word that happens to be spelled like a name
 * ("Transformers" vs the alias "TransfORmers", "find" vs "FIND"): only the name's own casing counts.
 */
export function ordinaryWord(library: Library, name: PaperName, span: readonly Token[]): boolean {
  if (span.length !== 1 || span[0] === undefined) return false;
  const typed = span[0].text;
  if (typed === name.text) return false;
  return isCommonWord(library, span[0].key, COMMON_SHARE);
}

function bestPaper(library: Library, docs: readonly number[]): Paper | null {
  const doc = [...docs].sort((a, b) => (library.popularity[b] ?? 0) - (library.popularity[a] ?? 0))[0];
  return doc === undefined ? null : (library.papers[doc] ?? null);
}

/**
 * A plain-word name ("Mamba", "Splitwise", "Jumping Ahead") is only taken when the question treats it
 * as a name: never right after "a"/"an" ("what is a lion"), and only if every other content word of
 * the question (a comparison aside) is found in the paper ("Hilbert spaces" is not about Hilbert) —
 * or half of them, when the name is typed exactly as the paper spells it, capitalized, past the
 * question's first word ("how many extra params does Bridge add?").
 */
function plainNameAccepted(paper: Paper, tokens: readonly Token[], start: number, end: number, isContent: IsContent, name: PaperName): boolean {
  const before = tokens[start - 1]?.key;
  if (before === 'a' || before === 'an') return false;
  const stop = comparisonStart(tokens);
  const rest = tokens.filter((t, i) => (i < start || i >= end) && i < stop && isContent(t));
  if (rest.length === 0) return true;
  const terms = termSet(`${paper.title} ${paper.aliases.join(' ')} ${paper.abstract}`);
  const found = rest.filter((t) => t.words.every((w) => {
    const term = processTerm(w);
    return term === null || STOP_WORDS.has(w) || hasTerm(terms, term);
  })).length;
  const span = tokens.slice(start, end).map((t) => t.text).join(' ');
  const typedAsName = start > 0 && span === name.text && /^\p{Lu}/u.test(span);
  return typedAsName ? found * 2 >= rest.length : found === rest.length;
}

/** The longest exact title, title prefix, alias or id in the question that it treats as a name. */
export function exactName(library: Library, tokens: readonly Token[], isContent: IsContent): Resolution | null {
  let best: Resolution | null = null;
  let bestLength = 0;
  for (let start = 0; start < tokens.length; start += 1) {
    let key = '';
    for (let end = start + 1; end <= Math.min(tokens.length, start + ANSWER_LIMITS.maxNameWords); end += 1) {
      key += tokens[end - 1]?.key ?? '';
      if (key.length < 2 || key.length <= bestLength) continue;
      const docs = library.names.get(key);
      if (docs === undefined) continue;
      const span = tokens.slice(start, end);
      if (!span.some(isContent)) continue;
      const paper = bestPaper(library, docs);
      if (paper === null) continue;
      const name = paperNames(paper).find((n) => n.key === key);
      if (name === undefined) continue;
      // An acronym typed in lower case ("find", "ssd") may just be a word: judge it as one.
      const lowerAcronym = /^\p{Lu}+s?$/u.test(name.text) && span.every((t) => t.text === t.text.toLowerCase());
      if (ordinaryWord(library, name, span)) continue;
      const distinctive = isDistinctiveName(name) && !lowerAcronym;
      if (!distinctive && !plainNameAccepted(paper, tokens, start, end, isContent, name)) continue;
      best = { paper, how: 'name', similarity: 1, tokens: range(start, end), name: name.text };
      bestLength = key.length;
    }
  }
  return best;
}

