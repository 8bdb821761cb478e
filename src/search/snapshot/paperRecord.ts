import type { DigestSummary } from '../../digest/catalogue.js';
import type { IntroducedName, LiveFields, Paper } from '../../digest/schema.js';
import type { TextChunk } from './textChunk.js';

/**
 * A paper as stored in a snapshot chunk: a positional array (no repeated key names to parse) whose
 * appearances point at the digest list by index (so 100k papers share a handful of digest name
 * strings). The abstract lives in the chunk's text buffer.
 */
export type PaperRecord = [
  id: string,
  title: string,
  aliases: string[],
  codeLinks: string[],
  authorCount: number | null,
  authors: string[],
  publishedAt: string | null,
  upvotes: number | null,
  arxivId: string | null,
  appearances: [digest: number, line: number][],
  live: LiveRecord | 0,
  introduced: IntroducedRecord[],
];

/** An introduced name, positionally: how is 1 for `own`, 0 for `acronym`; -1 offsets for no sentence. */
type IntroducedRecord = [name: string, own: 0 | 1, spelledOut: string | null, start: number, end: number];

function toIntroduced(n: IntroducedName): IntroducedRecord {
  return [n.name, n.how === 'own' ? 1 : 0, n.spelledOut, n.sentence?.[0] ?? -1, n.sentence?.[1] ?? -1];
}

function fromIntroduced([name, own, spelledOut, start, end]: IntroducedRecord): IntroducedName {
  return { name, how: own === 1 ? 'own' : 'acronym', spelledOut, sentence: start < 0 ? null : [start, end] };
}

/** The feed fields, positionally; 0 stands for "none" (every text-digest paper). */
type LiveRecord = [
  tldr: string | null,
  keywords: string[],
  githubRepo: string | null,
  githubStars: number | null,
  projectPage: string | null,
  comments: number | null,
  organization: string | null,
  withdrawnAt: string | null,
];

function toLive(p: LiveFields): LiveRecord | 0 {
  const record: LiveRecord = [p.tldr, p.keywords, p.githubRepo, p.githubStars, p.projectPage, p.comments, p.organization, p.withdrawnAt];
  return record.every((v) => v === null || (Array.isArray(v) && v.length === 0)) ? 0 : record;
}

/** Encodes a paper for a snapshot; `digestIndex` numbers the digests by file name. */
export function toRecord(paper: Paper, digestIndex: ReadonlyMap<string, number>): PaperRecord {
  return [
    paper.id,
    paper.title,
    paper.aliases,
    paper.codeLinks,
    paper.authorCount,
    paper.authors,
    paper.publishedAt,
    paper.upvotes,
    paper.arxivId,
    paper.appearances.map((a) => [digestIndex.get(a.digest) ?? -1, a.line]),
    toLive(paper),
    paper.introduced.map(toIntroduced),
  ];
}

/**
 * Rebuilds a paper from its record. The abstract is a getter decoding from the chunk's buffer on
 * each read (an own, enumerable property, so spreading and JSON see it like any other field).
 */
export function fromRecord(record: PaperRecord, digests: readonly DigestSummary[], chunk: TextChunk, i: number): Paper {
  const [id, title, aliases, codeLinks, authorCount, authors, publishedAt, upvotes, arxivId, appearances, live, introduced] = record;
  return {
    id,
    title,
    get abstract() {
      return chunk.get(i);
    },
    aliases,
    introduced: introduced.map(fromIntroduced),
    codeLinks,
    authorCount,
    authors,
    publishedAt,
    upvotes,
    arxivId,
    appearances: appearances.map(([d, line]) => {
      const digest = digests[d];
      if (digest === undefined) throw new Error(`snapshot: paper ${id} points at unknown digest ${d}`);
      return { digest: digest.file, line, dateLabel: digest.dateLabel, date: digest.date };
    }),
    // Written out field by field (no spread of a second object): every loaded paper gets the
    // same shape, which keeps the passes over 100k papers (scoring, live numbers) monomorphic.
    tldr: live === 0 ? null : live[0],
    keywords: live === 0 ? [] : live[1],
    githubRepo: live === 0 ? null : live[2],
    githubStars: live === 0 ? null : live[3],
    projectPage: live === 0 ? null : live[4],
    comments: live === 0 ? null : live[5],
    organization: live === 0 ? null : live[6],
    withdrawnAt: live === 0 ? null : live[7],
  };
}
