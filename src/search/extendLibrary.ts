import type { Catalogue } from '../digest/catalogue.js';
import { buildCatalogue } from '../digest/loadDigests.js';
import { identityOf, type CatalogueIdentity } from '../digest/mergePapers.js';
import type { PreparedDigest } from '../digest/prepareDigest.js';
import type { Paper } from '../digest/schema.js';
import { popularityGently } from '../trending/rankTrending.js';
import { docFields, nameMap, orderByScore, titleText, type Library } from './library.js';
import { buildSegment } from './textSegment.js';
import { extendTitleIndex } from './titleIndex.js';
import { titleDocs } from './titleSearch.js';

/** Yields to the event loop between steps, so no step of an extension stalls serving for long. */
export type Pause = () => Promise<void>;

const PAUSE_EVERY = 5000;

// The identity maps (title key / arXiv id → paper) of the latest catalogue, handed from one
// extension to the next so that only the first one reads every title.
const identities = new WeakMap<readonly Paper[], CatalogueIdentity>();

async function identityFor(papers: readonly Paper[], pause: Pause): Promise<CatalogueIdentity> {
  const known = identities.get(papers);
  if (known !== undefined) return known;
  const identity: CatalogueIdentity = { byKey: new Map(), byArxiv: new Map() };
  for (let start = 0; start < papers.length; start += PAUSE_EVERY) {
    const part = identityOf(papers.slice(start, start + PAUSE_EVERY));
    for (const [key, i] of part.byKey) identity.byKey.set(key, start + i);
    for (const [id, i] of part.byArxiv) identity.byArxiv.set(id, start + i);
    await pause();
  }
  return identity;
}

/**
 * Builds what the next extension needs (the identity maps) ahead of time, in small steps: called
 * when a library comes in, so the first day's list after a start costs no more than the others.
 */
export async function prepareExtension(library: Library, pause: Pause): Promise<void> {
  identities.set(library.catalogue.papers, await identityFor(library.catalogue.papers, pause));
}

/**
 * The position map to add the new papers to: the library's own when nothing was added to it since
 * (ids are only ever appended, and a reader bounds-checks against its own papers, so an older
 * library sharing the map never sees a paper it lacks), a copy when it was already extended.
 */
function appendablePositions(library: Library): Map<string, number> {
  const { position } = library;
  return position instanceof Map && position.size === library.papers.length ? (position as Map<string, number>) : new Map<string, number>(position);
}

/**
 * The library with a few new digests (a day's list from the feed) added in place of a rebuild:
 * the new papers are merged onto the catalogue with the identity maps kept from the last time,
 * indexed as one more text segment, and merged into the title, name and typo indexes; papers the
 * digests list again gain their appearances. Each step is short and separated by `pause`, so a
 * 100k-paper library grows by ~50 papers without stalling the event loop. The result answers like
 * a library indexed incrementally from the same files (the snapshot on disk is brought up to date
 * separately). The typo index (minisearch) is shared and grows in place.
 */
export async function extendLibrary(library: Library, digests: readonly PreparedDigest[], now: Date, pause: Pause): Promise<Library> {
  const old: Catalogue = library.catalogue;
  const identity = await identityFor(old.papers, pause);
  const catalogue = buildCatalogue(digests, old, {
    identity,
    existingAliasOwners: (key) => library.names.get(key)?.length ?? 0,
  });
  const base = old.papers.length;
  const fresh = catalogue.papers.slice(base);
  // A paper that failed validation was left out, which shifts positions: start identity afresh.
  if (catalogue.papers.length === identity.byKey.size || fresh.length === 0) identities.set(catalogue.papers, identity);
  await pause();
  const text = fresh.length === 0 ? library.text : library.text.withSegment(buildSegment(fresh.map(docFields), base));
  if (fresh.length > 0) library.titleSearch?.addAll(titleDocs(fresh, base));
  await pause();
  const titles = fresh.length === 0 ? library.titles : extendTitleIndex(library.titles, fresh.map(titleText));
  await pause();
  const names = fresh.length === 0 ? library.names : library.names.extend(nameMap(fresh, base));
  await pause();
  const position = appendablePositions(library);
  fresh.forEach((paper, i) => position.set(paper.id, base + i));
  await pause();
  const popularity = await popularityGently(catalogue.papers, now, pause);
  const popularOrder = orderByScore(popularity);
  await pause();
  return { ...library, catalogue, papers: catalogue.papers, text, titles, names, position, popularity, popularOrder, builtAt: now };
}
