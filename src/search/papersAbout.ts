import type { Paper } from '../digest/schema.js';
import { isAboutTopic } from './aboutness.js';
import type { Library } from './library.js';
import { rankTopic, type SearchHit } from './searchPapers.js';
import type { Topic } from '../subscriptions/topic.js';
import { fold, words } from '../text/fold.js';

/**
 * Whether a search hit is really about the topic rather than sharing a common word with it: the
 * ranker's own rule (aboutness.ts) — every topic word present, in the title, the keywords or
 * central to the abstract — not a word in passing.
 */
export function isAbout(hit: SearchHit): boolean {
  return hit.via === undefined && isAboutTopic(hit);
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
  const { hits, words: searched } = rankTopic(library, topic.query, { plain: true });
  // Only exclusions ("-survey"): every paper without them.
  if (searched.length === 0) return library.papers.filter((p) => p.withdrawnAt === null && !excluded(p, topic.exclude)).map((p) => p.id);
  return hits.filter((h) => isAbout(h) && !excluded(h.paper, topic.exclude)).map((h) => h.paper.id);
}
