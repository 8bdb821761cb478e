import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AsPlainObject } from 'minisearch';
import MiniSearch from 'minisearch';
import { makeCatalogue, type Catalogue } from '../../digest/catalogue.js';
import type { Paper } from '../../digest/schema.js';
import { orderByScore, type Library } from '../library.js';
import { trendingScorer } from '../../trending/rankTrending.js';
import { applyLiveStat, type LiveStats } from '../liveStats.js';
import { NameIndex } from '../nameIndex.js';
import { TextIndex } from '../textIndex.js';
import type { Segment } from '../textSegment.js';
import { titleIndexFrom } from '../titleIndex.js';
import { TITLE_SEARCH_OPTIONS, type TitleDoc, type TitleSearch } from '../titleSearch.js';
import { unpackBlocks } from './binary.js';
import { TextChunk } from './textChunk.js';
import { fromRecord, type PaperRecord } from './paperRecord.js';
import type { Manifest } from './manifest.js';

/**
 * Lets other work run between chunks, so loading 100k papers never stalls the event loop for long
 * (cheap: a few dozen turns of the loop; the slow part of "gentle" is minisearch's async loader).
 * A 1 ms timer rather than setImmediate also lets the garbage collector's concurrent marking keep
 * up with the objects being created, which keeps its final pause short (measured: ~80 ms, not ~110).
 */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** How to load a snapshot. */
export interface LoadOptions {
  /** Load the title index with minisearch's async loader (yields, but slower); else in one call. */
  gentle: boolean;
  /**
   * 'now': the title index is loaded before the library is returned. 'later': the library comes
   * back without it (lookups skip typo matching) and `warmed` adds it, loaded in small steps —
   * what a restart does, so the bot answers sooner and never stalls on the one big block.
   */
  titleSearch?: 'now' | 'later';
  /** The feed's latest live numbers, applied to each paper as it loads (before it is scored). */
  live?: LiveStats;
}

/** A loaded snapshot, and the same library with its title index once that is loaded too. */
export interface LoadedSnapshot {
  library: Library;
  warmed: Promise<Library>;
}

async function loadSegment(dir: string, entry: Manifest['segments'][number]): Promise<Segment> {
  const blocks = unpackBlocks(await readFile(path.join(dir, entry.file)));
  return {
    base: entry.base,
    docCount: entry.docCount,
    terms: blocks.strings('terms'),
    offsets: blocks.array('offsets', 'u32'),
    docs: blocks.array('docs', 'u32'),
    freqs: blocks.array('freqs', 'u8'),
    lengths: blocks.array('lengths', 'u16'),
  };
}

/**
 * Loads a snapshot in small steps (one chunk of papers, one block of the title index at a time,
 * yielding in between) and assembles the Library. Throws if any part is missing or malformed;
 * the caller then rebuilds instead.
 */
export async function loadSnapshot(dir: string, manifest: Manifest, now: Date, options: LoadOptions = { gentle: true }): Promise<LoadedSnapshot> {
  const papers: Paper[] = [];
  const position = new Map<string, number>();
  const popularity = new Float64Array(manifest.paperCount);
  const score = trendingScorer(now);
  // Read one chunk ahead while the current one is parsed.
  const read = (chunk: number) => Promise.all([readFile(path.join(dir, `papers-${chunk}.json`), 'utf8'), readFile(path.join(dir, `abstracts-${chunk}.bin`))]);
  let next = manifest.paperChunks > 0 ? read(0) : null;
  for (let chunk = 0; chunk < manifest.paperChunks; chunk += 1) {
    const [json, abstractBytes] = await (next as ReturnType<typeof read>);
    next = chunk + 1 < manifest.paperChunks ? read(chunk + 1) : null;
    const records = JSON.parse(json) as PaperRecord[];
    const abstracts = new TextChunk(abstractBytes);
    if (abstracts.count !== records.length) throw new Error(`snapshot: chunk ${chunk} has ${records.length} papers but ${abstracts.count} abstracts`);
    records.forEach((record, i) => {
      // The abstract stays in the chunk's buffer and is decoded when read: one copy, no load-time decoding.
      const paper = fromRecord(record, manifest.digests, abstracts, i);
      const stat = paper.arxivId === null ? undefined : options.live?.[paper.arxivId];
      if (stat !== undefined) applyLiveStat(paper, stat);
      popularity[papers.length] = score(paper);
      position.set(paper.id, papers.length);
      papers.push(paper);
    });
    await pause();
  }
  if (papers.length !== manifest.paperCount) throw new Error(`snapshot: expected ${manifest.paperCount} papers, found ${papers.length}`);
  const segments: Segment[] = [];
  for (const entry of manifest.segments) {
    segments.push(await loadSegment(dir, entry));
    await pause();
  }
  const titleBlocks = unpackBlocks(await readFile(path.join(dir, 'titles.bin')));
  const titles = titleIndexFrom(titleBlocks.strings('vocabulary'), titleBlocks.array('postingOffsets', 'u32'), titleBlocks.array('postingDocs', 'u32'), titleBlocks.strings('keys'), titleBlocks.array('keyOrder', 'u32'));
  await pause();
  const nameBlocks = unpackBlocks(await readFile(path.join(dir, 'names.bin')));
  const names = new NameIndex(nameBlocks.strings('keys'), nameBlocks.array('offsets', 'u32'), nameBlocks.array('docs', 'u32'));
  await pause();
  const catalogue: Catalogue = makeCatalogue(papers, manifest.digests, manifest.warnings);
  const base: Library = { catalogue, papers, text: new TextIndex(segments), titleSearch: null, titles, position, names, popularity, popularOrder: orderByScore(popularity), builtAt: now };
  if (options.titleSearch === 'later') {
    const warmed = loadTitleSearch(dir, manifest, true).then((titleSearch) => ({ ...base, titleSearch }));
    return { library: base, warmed };
  }
  const library = { ...base, titleSearch: await loadTitleSearch(dir, manifest, options.gentle) };
  return { library, warmed: Promise.resolve(library) };
}

/** The minisearch title index: its head, then its term chunks, then minisearch's own loader. */
async function loadTitleSearch(dir: string, manifest: Manifest, gentle: boolean): Promise<TitleSearch> {
  const head = JSON.parse(await readFile(path.join(dir, 'title-search-head.json'), 'utf8')) as Omit<AsPlainObject, 'index'>;
  const index: AsPlainObject['index'] = [];
  for (let chunk = 0; chunk < manifest.titleSearchChunks; chunk += 1) {
    const part = JSON.parse(await readFile(path.join(dir, `title-search-${chunk}.json`), 'utf8')) as AsPlainObject['index'];
    for (const entry of part) index.push(entry);
    if (gentle) await pause();
  }
  const js = { ...head, index };
  return gentle ? MiniSearch.loadJSAsync<TitleDoc>(js, TITLE_SEARCH_OPTIONS) : MiniSearch.loadJS<TitleDoc>(js, TITLE_SEARCH_OPTIONS);
}
