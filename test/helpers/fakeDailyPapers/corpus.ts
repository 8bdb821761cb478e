import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDigests } from '../../../src/digest/loadDigests.js';
import { TEST_NOW } from '../library.js';
import { isFeedItem } from './entries.js';
import { makeItem, type SourcePaper } from './item.js';
import { makeAuthors } from './people.js';
import { Random } from './random.js';
import { addDays, isWeekend } from './text.js';
import type { FeedCorpus, FeedEntry, FeedItem, ItemRef, Json } from './types.js';

export interface CorpusOptions {
  /** The last listing day (`YYYY-MM-DD`); TEST_NOW's day by default. */
  today?: string;
  /** How many days, ending at `today` (10 by default; at least one must be a weekend). */
  days?: number;
  /** Items per weekday before the special ones are added (8–15 by default). */
  perDay?: readonly [min: number, max: number];
  seed?: number;
}

const DIGESTS_DIR = fileURLToPath(new URL('../../../data/digests/', import.meta.url));

/** A fake but well-formed arXiv id (`YYMM.NNNNN`) for a paper listed on `day`, unique within `used`. */
function arxivId(rng: Random, day: string, used: Set<string>): string {
  for (;;) {
    const id = `${day.slice(2, 4)}${day.slice(5, 7)}.${String(rng.int(1000, 24999)).padStart(5, '0')}`;
    if (!used.has(id)) return used.add(id), id;
  }
}

/** A JSON copy of an item, free to be broken on purpose. */
function toJson(item: FeedItem | FeedItem['paper']): { [key: string]: Json } {
  const copy: { [key: string]: Json } = JSON.parse(JSON.stringify(item));
  return copy;
}

/**
 * Builds day lists shaped like `/api/daily_papers` from digest papers: weekends are `[]`, each
 * weekday gets `perDay` items, and the latest weekday also carries every special item (see
 * SpecialItems). Same papers + options → same corpus.
 */
export function buildFeedCorpus(papers: readonly SourcePaper[], options: CorpusOptions = {}): FeedCorpus {
  const today = options.today ?? TEST_NOW.toISOString().slice(0, 10);
  const count = options.days ?? 10;
  const [min, max] = options.perDay ?? [8, 15];
  const rng = new Random(options.seed ?? 20_240_319);
  if (papers.length === 0) throw new Error('fake-daily-papers: no source papers');
  const allDays = Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
  const weekdays = allDays.filter((d) => !isWeekend(d));
  const emptyDay = allDays.filter(isWeekend).at(-1);
  const [earlier, later] = weekdays.slice(-2);
  if (emptyDay === undefined || earlier === undefined || later === undefined) {
    throw new Error(`fake-daily-papers: ${count} days ending ${today} need a weekend day and two weekdays`);
  }
  const used = new Set<string>();
  let cursor = 0;
  const next = (day: string, mode: Parameters<typeof makeItem>[4] = 'random'): FeedItem => {
    const source = papers[cursor++ % papers.length];
    if (source === undefined) throw new Error('fake-daily-papers: no source papers');
    return makeItem(source, arxivId(rng, day, used), day, rng, mode);
  };
  const days = new Map<string, FeedEntry[]>();
  for (const day of allDays) days.set(day, isWeekend(day) ? [] : Array.from({ length: rng.int(min, max) }, () => next(day)));

  const listed = (days.get(earlier) ?? []).find(isFeedItem);
  if (listed === undefined) throw new Error('fake-daily-papers: perDay must allow at least one item');
  // Listed again a day later: the same paper, more upvotes, a new listing time.
  const again = structuredClone(listed);
  again.paper.upvotes += 17;
  again.publishedAt = `${later}T04:12:45.000Z`;
  const withdrawn = next(later);
  withdrawn.paper.withdrawnAt = `${later}T09:30:00.000Z`;
  const manyAuthors = next(later);
  manyAuthors.paper.authors = makeAuthors(rng, 14).map((a, i) => ({ ...a, hidden: i === 3 || a.hidden }));
  const wrongSource = next(later);
  const wrongTypes = { ...toJson(wrongSource), paper: { ...toJson(wrongSource.paper), title: 42, upvotes: 'many' } };
  const notObject = next(later).paper.id;
  const specials = {
    twoDays: again, allMissing: next(later, 'missing'), allNull: next(later, 'null'), full: next(later, 'full'),
    withdrawn, manyAuthors, wrongTypes, paperNotObject: { ...toJson(next(later)), paper: notObject },
  };
  const regular = days.get(later) ?? [];
  const half = Math.ceil(regular.length / 2);
  const { wrongTypes: first, paperNotObject: last, ...middle } = specials;
  const list: FeedEntry[] = [first, ...regular.slice(0, half), ...Object.values(middle), ...regular.slice(half), last];
  days.set(later, list);

  const ref = (entry: FeedEntry, paperId: string): ItemRef => ({ day: later, index: list.indexOf(entry), paperId });
  const id = (item: FeedItem): ItemRef => ref(item, item.paper.id);
  return {
    today,
    days,
    special: {
      allMissing: id(specials.allMissing), allNull: id(specials.allNull), full: id(specials.full),
      withdrawn: id(withdrawn), manyAuthors: id(manyAuthors),
      wrongTypes: ref(wrongTypes, wrongSource.paper.id),
      paperNotObject: ref(specials.paperNotObject, notObject),
      twoDays: { paperId: listed.paper.id, days: [later, earlier] },
      emptyDay,
    },
  };
}

const loaded = new Map<string, Promise<readonly SourcePaper[]>>();

/** The corpus built from the shipped digests' papers (they are loaded once per test file). */
export async function loadFeedCorpus(options: CorpusOptions & { digestsDir?: string } = {}): Promise<FeedCorpus> {
  const { digestsDir = DIGESTS_DIR, ...rest } = options;
  const dir = path.resolve(digestsDir);
  let papers = loaded.get(dir);
  if (!papers) loaded.set(dir, (papers = loadDigests(dir).then((c) => c.papers)));
  return buildFeedCorpus(await papers, rest);
}
