import type { Paper } from '../../src/digest/schema.js';
import { createRng, type Rng } from '../prng.js';
import { typoFragment } from './typo.js';

/** The query sets every size is measured with, drawn (seeded) from that size's own papers. */
export interface QuerySets {
  /** /paper lookups: exact titles, typo'd fragments, method names. */
  lookup: { kind: 'title' | 'typo' | 'name'; text: string }[];
  /** /search topics of 2–4 words from real title and abstract vocabulary. */
  topics: string[];
  /** Autocomplete of /paper query as Discord sends it: every prefix of a title's first words. */
  prefixes: string[];
  /** /ask questions. */
  questions: { kind: 'what' | 'faster' | 'which'; text: string }[];
}

export interface QueryCounts {
  titles: number;
  typos: number;
  names: number;
  topics: number;
  /** Titles typed out character by character (each gives ~25–30 prefixes). */
  typedTitles: number;
  questions: number;
}

const STOP = new Set(
  'a an and are as at be by can for from has have how in into is it its of on or our that the their this to via was we were what when which while with without using towards toward based new two one its than more most not also these those such both each other over under between through all any'.split(' '),
);

function contentRun(rng: Rng, tokens: readonly string[], min: number, max: number): string | null {
  const clean = tokens.map((t) => t.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ''));
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const length = rng.int(min, max);
    const start = rng.int(0, Math.max(0, clean.length - length));
    const run = clean.slice(start, start + length);
    if (run.length < min || run.some((w) => w.length < 2)) continue;
    if (STOP.has(run[0] ?? '') || STOP.has(run.at(-1) ?? '')) continue;
    if (run.filter((w) => !STOP.has(w)).length < 2) continue;
    return run.join(' ');
  }
  return null;
}

/** A 2–4-word topic from a title or an abstract sentence ("linear attention", "kv cache compression"). */
function topic(rng: Rng, paper: Paper): string | null {
  if (rng.chance(0.5)) return contentRun(rng, paper.title.replace(/^[^:]{1,40}:\s+/, '').split(/\s+/), 2, 4);
  const sentences = paper.abstract.split(/(?<=[.!?])\s+/);
  return contentRun(rng, rng.pick(sentences).split(/\s+/), 2, 3);
}

/** Every prefix (1..n characters) of a title's first four words, as typed. */
export function typedPrefixes(title: string): string[] {
  const head = title.split(/\s+/).slice(0, 4).join(' ').slice(0, 32);
  return Array.from({ length: head.length }, (_, i) => head.slice(0, i + 1));
}

/** Builds the query sets for one library's papers. */
export function makeQueries(papers: readonly Paper[], seed: number, counts: QueryCounts): QuerySets {
  const rng = createRng(seed ^ 0x9e3779b9);
  const any = (): Paper => rng.pick(papers);
  const named = papers.filter((p) => p.aliases.length > 0);
  const name = (): string => {
    const paper = named.length > 0 ? rng.pick(named) : any();
    return rng.pick(paper.aliases.length > 0 ? paper.aliases : [paper.title]);
  };
  const lookup: QuerySets['lookup'] = [
    ...Array.from({ length: counts.titles }, () => ({ kind: 'title' as const, text: any().title })),
    ...Array.from({ length: counts.typos }, () => ({ kind: 'typo' as const, text: typoFragment(rng, any().title) })),
    ...Array.from({ length: counts.names }, () => ({ kind: 'name' as const, text: name() })),
  ];
  const topics: string[] = [];
  while (topics.length < counts.topics) {
    const t = topic(rng, any());
    if (t !== null) topics.push(t);
  }
  const prefixes = Array.from({ length: counts.typedTitles }, () => typedPrefixes(any().title)).flat();
  const verbs = ['use', 'study', 'improve', 'propose methods for', 'are about'];
  const questions: QuerySets['questions'] = [];
  for (let i = 0; questions.length < counts.questions; i += 1) {
    const kind = (['what', 'faster', 'which'] as const)[i % 3] ?? 'what';
    if (kind === 'what') questions.push({ kind, text: `What is ${name()}?` });
    else if (kind === 'faster') questions.push({ kind, text: `How much faster is ${name()}?` });
    else {
      const t = topic(rng, any());
      if (t !== null) questions.push({ kind, text: `Which papers ${rng.pick(verbs)} ${t}?` });
    }
  }
  return { lookup: rng.shuffle(lookup), topics, prefixes, questions };
}
