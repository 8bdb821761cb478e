import { processTerm } from '../search/analyze.js';
import type { Library } from '../search/library.js';
import { rankTopic } from '../search/searchPapers.js';
import type { IsContent, Resolution } from './nameContext.js';
import type { Token } from './questionTokens.js';
import { termPapers } from './termRarity.js';

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
export function introducedName(library: Library, tokens: readonly Token[], isContent: IsContent, absent: Set<string>): Resolution | null {
  let found: Resolution | null = null;
  tokens.forEach((token, i) => {
    if (found !== null || !isContent(token) || token.key.length < 3) return;
    const shaped = /\p{Ll}\p{Lu}|\p{Lu}{2}|\p{L}\d|\d\p{L}/u.test(token.text) || (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(token.text));
    const term = processTerm(token.key);
    if (!shaped || term === null || termPapers(library, term) > INTRODUCED_MAX_PAPERS) return;
    const hits = rankTopic(library, token.text).hits.slice(0, INTRODUCED_MAX_PAPERS + 1);
    // Not in any paper, even allowing typos: remembered so the question is not searched for it again.
    if (hits.length === 0) for (const word of token.words) absent.add(word);
    if (hits.length > INTRODUCED_MAX_PAPERS) return;
    const introducing = hits.filter((h) => introduces(h.paper.abstract, token.text));
    if (introducing.length === 1 && introducing[0] !== undefined) {
      found = { paper: introducing[0].paper, how: 'fuzzy', similarity: INTRODUCED_SIMILARITY, tokens: [i], name: token.text };
    }
  });
  return found;
}

const INTRODUCED_SIMILARITY = 0.85;

