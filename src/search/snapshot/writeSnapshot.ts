import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalogue } from '../../digest/catalogue.js';
import type { DigestFile } from '../../digest/loadDigests.js';
import type { NameIndex } from '../nameIndex.js';
import type { TextIndex } from '../textIndex.js';
import type { TitleIndex } from '../titleIndex.js';
import type { TitleSearch } from '../titleSearch.js';
import { packBlocks } from './binary.js';
import { packTexts } from './textChunk.js';
import { toRecord } from './paperRecord.js';
import { CHUNK_SIZE, SNAPSHOT_VERSION, type Manifest } from './manifest.js';

/** Everything a snapshot stores. */
export interface SnapshotData {
  key: string;
  files: readonly DigestFile[];
  catalogue: Catalogue;
  text: TextIndex;
  titleSearch: TitleSearch;
  titles: TitleIndex;
  names: NameIndex;
}

/** The name index as its parallel arrays (sorted keys, CSR offsets, paper numbers). */
function packNames(names: NameIndex): Buffer {
  return packBlocks({ offsets: names.offsets, docs: names.docs }, { keys: names.keys });
}

/**
 * Writes a snapshot into a new folder, then points CURRENT at it (written to a temporary name and
 * renamed), so a reader sees either the old snapshot or the new one, never half of one. Older
 * snapshot folders are removed, except the one just replaced (a reader may still be on it).
 */
export async function writeSnapshot(cacheDir: string, data: SnapshotData): Promise<Manifest> {
  await mkdir(cacheDir, { recursive: true });
  const name = `index-${data.key.slice(0, 16)}-${Date.now().toString(36)}${process.pid.toString(36)}`;
  const dir = path.join(cacheDir, name);
  await mkdir(dir, { recursive: true });
  const papers = data.catalogue.papers;
  const digestIndex = new Map(data.catalogue.digests.map((d, i) => [d.file, i]));
  let chunks = 0;
  for (let start = 0; start < papers.length; start += CHUNK_SIZE, chunks += 1) {
    const slice = papers.slice(start, start + CHUNK_SIZE);
    await writeFile(path.join(dir, `papers-${chunks}.json`), JSON.stringify(slice.map((p) => toRecord(p, digestIndex))));
    await writeFile(path.join(dir, `abstracts-${chunks}.bin`), packTexts(slice.map((p) => p.abstract)));
  }
  const segments = await Promise.all(
    data.text.segments.map(async (s, i) => {
      const file = `segment-${i}.bin`;
      await writeFile(path.join(dir, file), packBlocks({ offsets: s.offsets, docs: s.docs, freqs: s.freqs, lengths: s.lengths }, { terms: s.terms }));
      return { file, base: s.base, docCount: s.docCount };
    }),
  );
  await writeFile(path.join(dir, 'titles.bin'), packBlocks({ postingOffsets: data.titles.postingOffsets, postingDocs: data.titles.postingDocs, keyOrder: data.titles.keyOrder }, { vocabulary: data.titles.vocabulary, keys: data.titles.keys }));
  await writeFile(path.join(dir, 'names.bin'), packNames(data.names));
  const { index, ...head } = data.titleSearch.toJSON();
  await writeFile(path.join(dir, 'title-search-head.json'), JSON.stringify(head));
  // Chunks of about 1 MB, so parsing one never holds the event loop for long.
  let titleSearchChunks = 0;
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await writeFile(path.join(dir, `title-search-${titleSearchChunks}.json`), `[${pending.join(',')}]`);
    titleSearchChunks += 1;
    pending = [];
    size = 0;
  };
  for (const entry of index) {
    const json = JSON.stringify(entry);
    pending.push(json);
    size += json.length;
    if (size >= 1_000_000) await flush();
  }
  await flush();
  const manifest: Manifest = {
    version: SNAPSHOT_VERSION,
    key: data.key,
    createdAt: new Date().toISOString(),
    files: [...data.files],
    digests: [...data.catalogue.digests],
    warnings: [...data.catalogue.warnings],
    paperCount: papers.length,
    paperChunks: chunks,
    segments,
    titleSearchChunks,
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  const pointer = path.join(cacheDir, `CURRENT.${process.pid}.tmp`);
  const previous = await readCurrentName(cacheDir);
  await writeFile(pointer, name);
  await rename(pointer, path.join(cacheDir, 'CURRENT'));
  for (const entry of await readdir(cacheDir)) {
    if (entry.startsWith('index-') && entry !== name && entry !== previous) await rm(path.join(cacheDir, entry), { recursive: true, force: true });
  }
  return manifest;
}

async function readCurrentName(cacheDir: string): Promise<string | null> {
  try {
    return (await readFile(path.join(cacheDir, 'CURRENT'), 'utf8')).trim();
  } catch {
    return null;
  }
}
