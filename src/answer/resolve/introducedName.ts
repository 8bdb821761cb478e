import type { Paper } from '../../digest/schema.js';
import { processTerm } from '../../search/analyze.js';
import type { Library } from '../../search/library.js';
import { rankTopic } from '../../search/searchPapers.js';
import type { IsContent, Resolution } from './nameContext.js';
import type { Token } from '../question/questionTokens.js';
import { termPapers } from '../question/termRarity.js';

/** Papers searched for a name the abstracts introduce; a name in more papers than this is no name. */
const INTRODUCED_MAX_PAPERS = 3;

/** How the paper's abstract introduces `name`, as the loader recorded it (src/digest/introducedNames.ts). */
function introduction(paper: Paper, name: string): 'own' | 'acronym' | null {
  return paper.introduced.find((n) => n.name === name)?.how ?? null;
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
    const introducing = hits.map((h) => ({ paper: h.paper, how: introduction(h.paper, token.text) })).filter((h) => h.how !== null);
    const only = introducing.length === 1 ? introducing[0] : undefined;
    if (only !== undefined) {
      // An acronym alone says the paper uses the term, not that it is the paper's: enough to answer from, not to be sure.
      const similarity = only.how === 'own' ? INTRODUCED_SIMILARITY : ACRONYM_SIMILARITY;
      found = { paper: only.paper, how: 'fuzzy', similarity, tokens: [i], name: token.text };
    }
  });
  return found;
}

const INTRODUCED_SIMILARITY = 0.85;
const ACRONYM_SIMILARITY = 0.75;

