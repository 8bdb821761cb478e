import type { Paper } from '../digest/schema.js';
import type { Library } from './library.js';
import { rankTopic, type SearchHit } from './searchPapers.js';
import type { Topic } from '../subscriptions/topic.js';
import { fold, words } from '../text/fold.js';

/**
 * Whether a search hit is really about the topic rather than sharing a common word with it: every
 * topic word matched, and either the whole topic appears as a phrase, or the title names part of
 * it, or its score is a fair share of the best hit's.
 */
export function isAbout(hit: SearchHit, best: number): boolean {
  if (hit.coverage < 1) return false;
  return hit.phrase || hit.inTitle || hit.score >= best * 0.35;
}

function excluded(paper: Paper, exclude: readonly string[]): boolean {
  if (exclude.length === 0) return false;
  const text = ` ${words(`${paper.title} ${paper.abstract}`).join(' ')} `;
  return exclude.some((e) => {
    const w = words(e).join(' ');
    return w.length > 0 && (text.includes(` ${w} `) || text.includes(` ${w}s `) || fold(paper.title).includes(w));
  });
}

/** Papers (by id, best match first) that are about a topic and contain none of its excluded words. */
export function papersAbout(library: Library, topic: Topic): string[] {
  const { hits, words: searched } = rankTopic(library, topic.query);
  // Only exclusions ("-survey"): every paper without them.
  if (searched.length === 0) return library.papers.filter((p) => p.withdrawnAt === null && !excluded(p, topic.exclude)).map((p) => p.id);
  const best = hits[0]?.score ?? 0;
  return hits.filter((h) => isAbout(h, best) && !excluded(h.paper, topic.exclude)).map((h) => h.paper.id);
}
