import { cleanText } from '../../src/digest/cleanText.js';
import { extractAliases } from '../../src/digest/extractAliases.js';
import { extractCodeLinks } from '../../src/digest/extractCodeLinks.js';
import { buildCatalogue, readDigests } from '../../src/digest/loadDigests.js';
import { paperSchema, type ParsedDigest } from '../../src/digest/schema.js';
import { settledHeap } from '../gc.js';

/** Where loading spends time (ms) and memory (bytes retained after a full GC). */
export interface PhaseResult {
  size: number;
  ms: {
    /** readDigests: read, decode, parse the text layout. */
    readParse: number;
    /** buildCatalogue: clean, merge, aliases, code links, schema check (the parts below re-run alone). */
    catalogue: number;
    cleanText: number;
    extractAliases: number;
    extractCodeLinks: number;
    validate: number;
  };
  heap: {
    /** The parsed digests before merging (dropped once the catalogue exists). */
    parsedDigests: number;
    catalogue: number;
  };
}

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

/** Re-runs loading one step at a time, with a settled heap reading after the steps that keep memory. */
export async function measurePhases(size: number, dir: string): Promise<PhaseResult> {
  const base = settledHeap();
  const started = performance.now();
  let parsed: ParsedDigest[] | null = await readDigests(dir);
  const readParse = performance.now() - started;
  const afterParse = settledHeap();
  const entries = parsed.flatMap((d) => d.entries);
  const [cleaned, cleanMs] = timed(() => entries.map((e) => ({ title: cleanText(e.title), abstract: cleanText(e.abstract) })));
  const [, aliasMs] = timed(() => cleaned.map((e) => extractAliases(e.title, e.abstract)));
  const [, linksMs] = timed(() => cleaned.map((e) => extractCodeLinks(e.abstract)));
  const [catalogue, catalogueMs] = timed(() => buildCatalogue(parsed ?? []));
  const [, validateMs] = timed(() => catalogue.papers.map((p) => paperSchema.safeParse(p)));
  if (catalogue.papers.length !== size) throw new Error(`bench: phases loaded ${catalogue.papers.length} papers, expected ${size}`);
  parsed = null;
  cleaned.length = 0;
  entries.length = 0;
  const afterCatalogue = settledHeap();
  return {
    size,
    ms: { readParse, catalogue: catalogueMs, cleanText: cleanMs, extractAliases: aliasMs, extractCodeLinks: linksMs, validate: validateMs },
    heap: { parsedDigests: afterParse - base, catalogue: catalogue.papers.length > 0 ? afterCatalogue - base : 0 },
  };
}
