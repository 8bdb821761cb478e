import type { Paper } from '../digest/schema.js';
import { processTerm, tokenize } from './analyze.js';
import type { TextIndex } from './textIndex.js';

/**
 * Pseudo-relevance feedback: the words that characterise a query's strongest matches — shared by
 * at least half of them (and MIN_DOCS) and rare in the catalogue — are
 * searched as well, weighted down, so papers about the same thing in other words are found too.
 * Invariants: only papers clearly about the topic (centrality ≥ MIN_CENTRALITY) feed it, and only
 * when at least MIN_LEADERS are; a word must be in at least
 * half of them and in at most MAX_SHARE of the catalogue; the query's own terms, numbers and short words never come back; at most MOST
 * words, in the spelling the papers use most.
 */
export const FEEDBACK = { leaders: 5, minLeaders: 3, minCentrality: 0.9, minDocs: 2, most: 3, minLength: 4, maxShare: 0.1 } as const;

/** A paper's terms (title, names, keywords, abstract), noting the spelling seen for each. */
function termsOf(paper: Paper, spellings: Map<string, Map<string, number>>): Set<string> {
  const out = new Set<string>();
  for (const token of tokenize(`${paper.title} ${paper.aliases.join(' ')} ${paper.keywords.join(' ')} ${paper.abstract}`)) {
    const term = processTerm(token);
    if (term === null) continue;
    out.add(term);
    let forms = spellings.get(term);
    if (forms === undefined) spellings.set(term, (forms = new Map<string, number>()));
    forms.set(token, (forms.get(token) ?? 0) + 1);
  }
  return out;
}

/** Words to add to a query from its leading papers (empty when too few lead clearly). */
export function feedbackWords(text: TextIndex, leaders: readonly Paper[], queryTerms: readonly string[]): string[] {
  if (leaders.length < FEEDBACK.minLeaders) return [];
  const spellings = new Map<string, Map<string, number>>();
  const docs = new Map<string, number>();
  const used = leaders.slice(0, FEEDBACK.leaders);
  for (const paper of used) {
    for (const term of termsOf(paper, spellings)) docs.set(term, (docs.get(term) ?? 0) + 1);
  }
  const minDocs = Math.max(FEEDBACK.minDocs, Math.ceil(used.length / 2));
  const total = Math.max(1, text.docCount);
  const own = (term: string): boolean => queryTerms.some((q) => term === q || term.startsWith(q) || q.startsWith(term));
  return [...docs.entries()]
    .filter(([term, n]) => n >= minDocs && term.length >= FEEDBACK.minLength && !/\d/.test(term) && !own(term))
    .map(([term, n]) => ({ term, n, frequency: Math.max(1, text.fieldFrequency(term)) }))
    .filter(({ frequency }) => frequency <= Math.max(FEEDBACK.minDocs, total * FEEDBACK.maxShare))
    .map(({ term, n, frequency }) => ({ term, weight: n * Math.log(1 + total / frequency) }))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, FEEDBACK.most)
    .map(({ term }) => mostUsed(spellings.get(term)) ?? term);
}

function mostUsed(forms: ReadonlyMap<string, number> | undefined): string | undefined {
  if (forms === undefined) return undefined;
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
