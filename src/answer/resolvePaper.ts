import type { Paper } from '../digest/schema.js';
import { allowedTypos, editDistance } from '../search/editDistance.js';
import type { Library } from '../search/library.js';
import { STOP_WORDS } from '../search/stopWords.js';
import { prefixRange } from '../search/titleIndex.js';
import { titleSimilarity } from '../search/titleSimilarity.js';
import { compact, words } from '../text/fold.js';
import { ANSWER_LIMITS } from './limits.js';
import { isDistinctiveName, paperNames, type PaperName } from './paperNames.js';
import { FRAME_WORDS, LINK_VERBS, MEASURE_WORDS } from './questionLexicon.js';
import { ASKS_FRAME } from './questionTerms.js';
import type { Asks } from './classifyQuestion.js';
import { GENERIC_HARDWARE } from './questionLexicon.js';
import { isCommonWord, termPapers, termShare } from './termRarity.js';
import { rankTopic } from '../search/searchPapers.js';
import { processTerm } from '../search/analyze.js';
import type { Token } from './questionTokens.js';
import { titleCandidates } from './titleCandidates.js';
import { hasTerm, termSet } from './matchTerms.js';

/** The paper a question names, how it was found, and which words of the question name it. */
export interface Resolution {
  paper: Paper;
  /** `name`: an exact title, title prefix or alias; `fuzzy`: a close match (typo, fragment). */
  how: 'name' | 'fuzzy';
  /** 1 for exact names; for fuzzy matches the weaker of "typed words found" and "name words typed". */
  similarity: number;
  /** Positions of the question's tokens that name the paper. */
  tokens: readonly number[];
  /** The name as the paper spells it. */
  name: string;
}

/** Below this, a fuzzy match is not taken as the paper the question means. */
export const FUZZY_THRESHOLD = 0.72;

/** Words of a question that are not part of any name: function words and what the question asks for. */
function fillerTest(asks: Asks): (word: string) => boolean {
  const frame = ASKS_FRAME[asks];
  return (word) =>
    STOP_WORDS.has(word) || FRAME_WORDS.has(word) || LINK_VERBS.has(word) || MEASURE_WORDS.has(word) ||
    frame?.has(word) === true || (asks === 'hardware' && GENERIC_HARDWARE.has(word));
}

/** A share of papers above which a one-word name is an ordinary word of the field ("transformers"). */
const COMMON_SHARE = 0.02;

/**
 * Whether the typed words are an ordinary word that happens to be spelled like a name
 * ("Transformers" vs the alias "TransfORmers", "find" vs "FIND"): only the name's own casing counts.
 */
function ordinaryWord(library: Library, name: PaperName, span: readonly Token[]): boolean {
  if (span.length !== 1 || span[0] === undefined) return false;
  const typed = span[0].text;
  if (typed === name.text) return false;
  return isCommonWord(library, span[0].key, COMMON_SHARE);
}

type IsContent = (token: Token) => boolean;

function contentTest(asks: Asks): IsContent {
  const filler = fillerTest(asks);
  return (token) => token.words.some((w) => !filler(w));
}

function bestPaper(library: Library, docs: readonly number[]): Paper | null {
  const doc = [...docs].sort((a, b) => (library.popularity[b] ?? 0) - (library.popularity[a] ?? 0))[0];
  return doc === undefined ? null : (library.papers[doc] ?? null);
}

/** Position of the first token of a comparison ("than …"), which is not where a name is looked for. */
function comparisonStart(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => ['than', 'versus', 'vs', 'compared'].includes(t.key));
  return at === -1 ? tokens.length : at;
}

/**
 * A plain-word name ("Mamba", "Splitwise", "Jumping Ahead") is only taken when the question treats it
 * as a name: never right after "a"/"an" ("what is a lion"), and only if every other content word of
 * the question (a comparison aside) is found in the paper ("Hilbert spaces" is not about Hilbert).
 */
function plainNameAccepted(paper: Paper, tokens: readonly Token[], start: number, end: number, isContent: IsContent): boolean {
  const before = tokens[start - 1]?.key;
  if (before === 'a' || before === 'an') return false;
  const stop = comparisonStart(tokens);
  const rest = tokens.filter((t, i) => (i < start || i >= end) && i < stop && isContent(t));
  if (rest.length === 0) return true;
  const terms = termSet(`${paper.title} ${paper.aliases.join(' ')} ${paper.abstract}`);
  return rest.every((t) => t.words.every((w) => {
    const term = processTerm(w);
    return term === null || STOP_WORDS.has(w) || hasTerm(terms, term);
  }));
}

function exactName(library: Library, tokens: readonly Token[], isContent: IsContent): Resolution | null {
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
      if (!distinctive && !plainNameAccepted(paper, tokens, start, end, isContent)) continue;
      best = { paper, how: 'name', similarity: 1, tokens: range(start, end), name: name.text };
      bestLength = key.length;
    }
  }
  return best;
}

/** Share of a name's words (stop words aside) that the typed words match, allowing typos. */
function nameCoverage(typed: readonly string[], name: PaperName): number {
  const nameWords = words(name.text).filter((w) => !STOP_WORDS.has(w));
  if (nameWords.length === 0) return 0;
  const typedKey = typed.join('');
  if (name.key.length >= 5 && editDistance(typedKey, name.key, allowedTypos(name.key.length)) <= allowedTypos(name.key.length)) return 1;
  let hit = 0;
  for (const w of nameWords) {
    const typos = allowedTypos(w.length);
    if (typed.some((t) => t === w || (t.length >= 4 && w.startsWith(t)) || (typos > 0 && editDistance(t, w, typos) <= typos))) hit += 1;
  }
  return hit / nameWords.length;
}

/**
 * The spelled-out forms of a paper's acronym aliases, as its abstract introduces them
 * ("Trained Rank Pruning (TRP)"): a user may name the method either way.
 */
function aliasExpansions(paper: Paper): PaperName[] {
  const out: PaperName[] = [];
  for (const alias of paper.aliases) {
    if (!/^[\p{Lu}\p{N}-]{2,}s?$/u.test(alias)) continue;
    const at = paper.abstract.indexOf(`(${alias})`);
    if (at <= 0) continue;
    const before = paper.abstract.slice(Math.max(0, at - 120), at).trim().split(/\s+/);
    const letters = alias.replace(/[^\p{Lu}]/gu, '').length;
    const phrase = before.slice(-Math.min(8, Math.max(2, letters))).join(' ').replace(/^.*?[,;:.]\s*/, '');
    const initials = words(phrase).map((w) => w[0]).join('');
    if (phrase.length > 0 && initials.includes(alias.toLowerCase().replace(/[^a-z]/g, '').slice(0, 2))) {
      out.push({ text: phrase, key: compact(phrase), source: 'expansion' });
    }
  }
  return out;
}

/** A typed word held by at most this share of papers is rare enough to name one. */
const RARE_SHARE = 0.005;
const RARE_SIMILARITY = 0.8;

/** How many papers have one of these words in their title or aliases (stops counting at 2). */
function paperNameWordOwners(library: Library, typed: readonly string[]): number {
  const owners = new Set<number>();
  for (const w of typed) {
    const [start, end] = prefixRange(library.titles, w);
    if (library.titles.vocabulary[start] !== w || end <= start) continue;
    for (const doc of library.titles.postings[start] ?? []) {
      owners.add(doc);
      if (owners.size > 1) return owners.size;
    }
  }
  return owners.size;
}

/** The 1–3 adjacent tokens of a run whose letters are a name with a few typos, as [from, to) in the run. */
function closeWindow(span: readonly Token[], nameKey: string, typos: number): [number, number] | null {
  if (nameKey.length < 6) return null;
  for (let from = 0; from < span.length; from += 1) {
    let key = '';
    for (let to = from + 1; to <= Math.min(span.length, from + 3); to += 1) {
      key += span[to - 1]?.key ?? '';
      if (numbersOf(key) !== numbersOf(nameKey) || Math.abs(key.length - nameKey.length) > typos) continue;
      if (editDistance(key, nameKey, typos) <= typos) return [from, to];
    }
  }
  return null;
}

function numbersOf(key: string): string {
  return (key.match(/\d+/g) ?? []).join(',');
}

/** Contiguous runs of content tokens (stop words allowed inside a run), longest first. */
function contentRuns(tokens: readonly Token[], isContent: IsContent): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  const stop = comparisonStart(tokens);
  for (let i = 0; i <= stop; i += 1) {
    const token = tokens[i];
    const content = i < stop && token !== undefined && isContent(token);
    const inner = i < stop && token !== undefined && start >= 0 && token.words.every((w) => STOP_WORDS.has(w)) && tokens[i + 1] !== undefined && isContent(tokens[i + 1] as Token);
    if (content && start < 0) start = i;
    if (!content && !inner && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0])).slice(0, 3);
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** Whether a typed word stands for a word of a name: equal, a prefix of it (4+ letters), or a typo of it. */
function wordMatches(typed: string, nameWord: string): boolean {
  if (typed === nameWord) return true;
  if (typed.length >= 4 && nameWord.startsWith(typed)) return true;
  const typos = allowedTypos(nameWord.length);
  return typos > 0 && Math.abs(typed.length - nameWord.length) <= typos && editDistance(typed, nameWord, typos) <= typos;
}

function fuzzyName(library: Library, tokens: readonly Token[], isContent: IsContent): Resolution | null {
  let best: Resolution | null = null;
  for (const [start, end] of contentRuns(tokens, isContent)) {
    const span = tokens.slice(start, end);
    const typed = span.flatMap((t) => t.words);
    // A word found in one paper's name and hardly anywhere else ("Languini", "Bessel") names it.
    const rare = typed.filter((w) => w.length >= 5 && !/\d/.test(w) && !STOP_WORDS.has(w) && termShare(library, processTerm(w) ?? w) <= RARE_SHARE);
    const candidates = titleCandidates(library, typed).map((doc) => library.papers[doc]).filter((p): p is Paper => p !== undefined);
    for (const paper of candidates) {
      const names = [...paperNames(paper).filter((n) => n.source !== 'id' && (n.source === 'title' || isDistinctiveName(n))), ...aliasExpansions(paper)];
      const forward = titleSimilarity(typed, words(`${paper.title} ${paper.aliases.join(' ')}`), compact(`${paper.title}${paper.aliases.join('')}`));
      for (const name of names) {
        const nameWords = words(name.text);
        const typos = name.key.length >= 10 ? 2 : 1;
        // Some words of the run are the name with a typo or two ("flashatention", "plan serach").
        const window = closeWindow(span, name.key, typos);
        const close = window !== null;
        const rareHit = rare.some((w) => nameWords.includes(w)) && paperNameWordOwners(library, rare) === 1;
        const similarity = Math.max(close ? 0.9 : 0, rareHit ? RARE_SIMILARITY : 0, Math.min(forward, nameCoverage(typed, name)));
        if (similarity < FUZZY_THRESHOLD || (best !== null && similarity <= best.similarity)) continue;
        const matched = window !== null
          ? range(start + window[0], start + window[1])
          : range(start, end).filter((i) => tokens[i]?.words.some((w) => !STOP_WORDS.has(w) && nameWords.some((n) => wordMatches(w, n))) === true);
        // "FlashAttention-3" is not FlashAttention, nor "Mamba-2" Mamba: a name's numbers must agree.
        const numbersAgree = matched.every((i) => (tokens[i]?.key.match(/\d+/g) ?? []).every((d) => name.key.includes(d)));
        if (matched.length === 0 || !numbersAgree) continue;
        // Typed exactly as the name, it was the exact-name pass's to take or turn down ("an ssd").
        if (name.source !== 'expansion' && matched.map((i) => tokens[i]?.key ?? '').join('') === name.key) continue;
        if (ordinaryWord(library, name, matched.map((i) => tokens[i]).filter((t): t is Token => t !== undefined))) continue;
        best = { paper, how: 'fuzzy', similarity, tokens: matched, name: name.text };
      }
    }
  }
  return best;
}

/** Papers searched for a name the abstracts introduce; a name in more papers than this is no name. */
const INTRODUCED_MAX_PAPERS = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether an abstract introduces `name` as the name of something: "(D2Z)", "called Scylla",
 * "we propose X", "X, a …", "X is a …".
 */
function introduces(abstract: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    `\\(${n}\\)|(?:called|named|dubbed|termed|coined|propose|proposes|introduce|introduces|present|presents|achieve|develop|develops)\\s+(?:\\S+\\s+){0,3}?["“']?${n}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${n}(?:\\s*\\([^)]{1,60}\\))?,\\s+(?:a|an|the)\\s|(?<![\\p{L}\\p{N}])${n}\\s+(?:is|are)\\s+(?:a|an)\\s`,
    'u',
  ).test(abstract);
}

/**
 * A method named in one abstract but not among the paper's extracted names ("D2Z", "Scylla"):
 * a word typed like a name (capitals, digits), found in few papers, introduced by exactly one.
 */
function introducedName(library: Library, tokens: readonly Token[], isContent: IsContent): Resolution | null {
  let found: Resolution | null = null;
  tokens.forEach((token, i) => {
    if (found !== null || !isContent(token) || token.key.length < 3) return;
    const shaped = /\p{Ll}\p{Lu}|\p{Lu}{2}|\p{L}\d|\d\p{L}/u.test(token.text) || (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(token.text));
    const term = processTerm(token.key);
    if (!shaped || term === null || termPapers(library, term) > INTRODUCED_MAX_PAPERS) return;
    const hits = rankTopic(library, token.text).hits.slice(0, INTRODUCED_MAX_PAPERS + 1);
    if (hits.length > INTRODUCED_MAX_PAPERS) return;
    const introducing = hits.filter((h) => introduces(h.paper.abstract, token.text));
    if (introducing.length === 1 && introducing[0] !== undefined) {
      found = { paper: introducing[0].paper, how: 'fuzzy', similarity: INTRODUCED_SIMILARITY, tokens: [i], name: token.text };
    }
  });
  return found;
}

const INTRODUCED_SIMILARITY = 0.85;

/** Finds the paper a question names: exact names, then a close match, then a name one abstract introduces. */
export function resolvePaper(library: Library, tokens: readonly Token[], asks: Asks): Resolution | null {
  const isContent = contentTest(asks);
  return exactName(library, tokens, isContent) ?? fuzzyName(library, tokens, isContent) ?? introducedName(library, tokens, isContent);
}
