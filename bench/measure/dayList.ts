import { makeAbstract } from '../corpus/makeAbstract.js';
import { makeName } from '../corpus/makeName.js';
import { makeTitle } from '../corpus/makeTitle.js';
import type { RealText } from '../corpus/realText.js';
import type { Rng } from '../prng.js';

const FIRST = ['Wei', 'Anna', 'Rahul', 'Sofia', 'Jun', 'Lukas', 'Maria', 'Yuki', 'Omar', 'Chen', 'Elena', 'David', 'Priya', 'Tomás', 'Hana', 'Ivan'];
const LAST = ['Zhang', 'Müller', 'Sharma', 'Rossi', 'Kim', 'Novak', 'García', 'Tanaka', 'Haddad', 'Li', 'Petrov', 'Cohen', 'Iyer', 'Silva', 'Park', 'Smith'];

/** What the bench keeps of its generator state between day lists: taken title keys and method names. */
export interface DayListSource {
  rng: Rng;
  real: RealText;
  /** Title keys already in the library (and of earlier day lists): new titles avoid them. */
  keys: Set<string>;
  names: Set<string>;
}

/** A fake arXiv id for the `i`th paper of the `dayIndex`th added day (2511.9xxxx: never a corpus id). */
export function dayPaperId(dayIndex: number, i: number): string {
  return `2511.${90000 + dayIndex * 100 + i}`;
}

/**
 * One day of Hugging Face's Daily Papers API (`/api/daily_papers?date=<day>`): `count` items shaped
 * like the real ones, with titles and abstracts made by the corpus generator from the shipped
 * papers' real text (titles distinct from every title in the library), fake arXiv ids, authors,
 * upvotes, an AI summary and keywords, and a GitHub repository for a third of them.
 */
export function makeDayList(source: DayListSource, day: string, dayIndex: number, count: number): unknown[] {
  const { rng, real } = source;
  const items: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    const { title, name } = makeTitle(rng, real, source.keys, (subtitle) => makeName(rng, real.nameChunks, subtitle, source.names));
    const summary = makeAbstract(rng, real, title, name);
    const id = dayPaperId(dayIndex, i);
    const hasCode = rng.chance(0.33);
    items.push({
      paper: {
        id,
        title,
        summary,
        authors: Array.from({ length: rng.int(2, 9) }, () => ({ name: `${rng.pick(FIRST)} ${rng.pick(LAST)}` })),
        publishedAt: `${day}T17:59:00.000Z`,
        upvotes: rng.int(0, 120),
        ai_summary: summary.split(/(?<=\.)\s+/)[0] ?? summary,
        ai_keywords: title.split(/\s+/).filter((w) => /^[A-Z][A-Za-z-]{3,}$/.test(w)).slice(0, 5),
        githubRepo: hasCode ? `https://github.com/bench-lab/${name.toLowerCase().replace(/[^a-z0-9-]/g, '')}` : null,
        githubStars: hasCode ? rng.int(0, 2000) : null,
      },
      publishedAt: `${day}T08:00:00.000Z`,
      numComments: rng.int(0, 12),
    });
  }
  return items;
}
