import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDigests } from '../../src/digest/loadDigests.js';
import { createRng } from '../prng.js';
import { REPO_ROOT } from '../../support/spawnBot.js';
import { renderDigest, dateLabel, type DigestItem } from './digestFile.js';
import { makeAbstract } from './makeAbstract.js';
import { makeName } from './makeName.js';
import { makeTitle } from './makeTitle.js';
import { readRealText, SHIPPED_DIR } from './realText.js';

/** Bump when the generator changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;
export const CORPUS_ROOT = path.join(REPO_ROOT, 'bench', '.corpus');
const MANIFEST = '.manifest.json';

export interface Corpus {
  /** Papers the real loader finds in it. */
  size: number;
  dir: string;
  /** False when it was read from the cache. */
  generated: boolean;
  generateMs: number;
  files: number;
}

/** The folder of a corpus: one per size, seed and generator version. */
export function corpusDir(size: number, seed: number): string {
  return path.join(CORPUS_ROOT, `${size}-s${seed}-v${GENERATOR_VERSION}`);
}

/** Generated papers for `count` new titles, deterministic for a seed. */
async function generateItems(count: number, seed: number): Promise<DigestItem[]> {
  const real = await readRealText();
  const rng = createRng(seed);
  const keys = new Set(real.titleKeys);
  const names = new Set<string>();
  const items: DigestItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const { title, name } = makeTitle(rng, real, keys, (subtitle) => makeName(rng, real.nameChunks, subtitle, names));
    items.push({ title, abstract: makeAbstract(rng, real, title, name) });
  }
  return items;
}

/**
 * A digest folder holding exactly `size` papers: the 4 shipped digests plus generated ones in
 * files of 500–1,000 papers. Cached by size and seed; checked with the real loader when written.
 */
export async function ensureCorpus(size: number, seed: number): Promise<Corpus> {
  const dir = corpusDir(size, seed);
  const manifestPath = path.join(dir, MANIFEST);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { size?: unknown; files?: unknown };
    if (manifest.size === size) return { size, dir, generated: false, generateMs: 0, files: Number(manifest.files) };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(SHIPPED_DIR, dir, { recursive: true });
  const shipped = (await readRealText()).paperCount;
  if (size < shipped) throw new Error(`bench: corpus size ${size} is below the ${shipped} shipped papers, which every corpus includes`);
  const items = await generateItems(size - shipped, seed);
  const rng = createRng(seed ^ 0x5eed);
  let files = 4;
  for (let at = 0, n = 0; at < items.length; n += 1) {
    const take = rng.int(500, 1000);
    const name = `g${String(n).padStart(4, '0')}.txt`;
    writeFileSync(path.join(dir, name), renderDigest(rng, dateLabel(n % 300), items.slice(at, at + take), rng.chance(0.3)));
    at += take;
    files += 1;
  }
  const loaded = await loadDigests(dir);
  if (loaded.papers.length !== size) {
    throw new Error(`bench: corpus ${dir} holds ${loaded.papers.length} papers, not ${size}; warnings: ${loaded.warnings.slice(0, 3).join(' | ') || 'none'}`);
  }
  const generateMs = performance.now() - started;
  writeFileSync(manifestPath, JSON.stringify({ size, seed, version: GENERATOR_VERSION, files, warnings: loaded.warnings.length, generateMs }, null, 2));
  return { size, dir, generated: true, generateMs, files };
}
