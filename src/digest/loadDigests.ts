import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { makeCatalogue, type Catalogue } from './catalogue.js';
import { mergePapers } from './mergePapers.js';
import { parseDigest } from './parseDigest.js';
import { paperSchema, type ParsedDigest } from './schema.js';

/** Digest files are every visible regular file in the folder, read in name order. */
export async function listDigestFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    names = dirents.filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code ?? 'error'})`;
    throw new Error(`digest-loader: digest folder "${dir}" ${why}; set DIGESTS_DIR to the folder holding the digests`);
  }
  return names.sort();
}

/** Reads and parses every digest in `dir`; an unreadable file becomes a warning, never a crash. */
export async function readDigests(dir: string): Promise<ParsedDigest[]> {
  const files = await listDigestFiles(dir);
  return Promise.all(
    files.map(async (file): Promise<ParsedDigest> => {
      try {
        return parseDigest(file, await readFile(path.join(dir, file)));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        return { file, dateLabel: null, date: null, entries: [], warnings: [`digest-loader: ${file}: cannot be read (${code})`] };
      }
    }),
  );
}

/** Builds the catalogue from parsed digests; every emitted paper is checked against the schema. */
export function buildCatalogue(digests: readonly ParsedDigest[]): Catalogue {
  const warnings = digests.flatMap((d) => d.warnings);
  const papers = mergePapers(digests).filter((paper) => {
    const checked = paperSchema.safeParse(paper);
    if (!checked.success) warnings.push(`digest-loader: ${paper.appearances[0]?.digest ?? '?'}: paper "${paper.title.slice(0, 60)}" failed validation (${checked.error.issues[0]?.message ?? 'invalid'}); skipped`);
    return checked.success;
  });
  const summaries = digests.map((d) => ({ file: d.file, entries: d.entries.length, dateLabel: d.dateLabel, date: d.date }));
  return makeCatalogue(papers, summaries, warnings);
}

/** Loads the digest folder into a catalogue. */
export async function loadDigests(dir: string): Promise<Catalogue> {
  return buildCatalogue(await readDigests(dir));
}
