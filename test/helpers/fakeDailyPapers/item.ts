import { authorCount, makeAuthors, makeOrganization, makeSubmitter, makeUser } from './people.js';
import type { Random } from './random.js';
import { addDays, firstSentence, keywords, wrapHard } from './text.js';
import type { FeedItem, FeedPaperOptional } from './types.js';

/** What the corpus needs from a digest paper. */
export interface SourcePaper {
  title: string;
  abstract: string;
  upvotes?: number | null;
}

/** How the optional fields are filled: by chance (like the real feed), all set, all absent, or all null. */
export type OptionalMode = 'random' | 'full' | 'missing' | 'null';

function time(rng: Random, day: string, hourFrom: number, hourTo: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${day}T${pad(rng.int(hourFrom, hourTo))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.${pad(rng.int(0, 999), 3)}Z`;
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'paper';
}

function optionalPaperFields(source: SourcePaper, rng: Random, mode: OptionalMode): FeedPaperOptional {
  const has = (p: number) => mode === 'full' || (mode === 'random' && rng.chance(p));
  const out: FeedPaperOptional = {};
  if (has(0.85)) out.ai_summary = firstSentence(source.abstract);
  if (has(0.8)) out.ai_keywords = keywords(source.title, source.abstract, rng.int(2, 5));
  if (has(0.35)) {
    out.githubRepo = `https://github.com/${makeOrganization(rng).name.toLowerCase()}/${slug(source.title)}`;
    out.githubStars = rng.int(0, 9000);
  }
  if (has(0.25)) out.projectPage = `https://${slug(source.title)}.github.io/`;
  if (has(0.3)) out.organization = makeOrganization(rng);
  if (mode === 'full' || (mode === 'random' && rng.chance(0.5))) out.withdrawnAt = null;
  return out;
}

const NULLS: Required<{ [K in keyof FeedPaperOptional]: null }> = {
  ai_summary: null, ai_keywords: null, githubRepo: null, githubStars: null, projectPage: null, organization: null, withdrawnAt: null,
};

/** One real-shaped item listing `source` as arXiv paper `arxivId` on `day`. */
export function makeItem(source: SourcePaper, arxivId: string, day: string, rng: Random, mode: OptionalMode = 'random'): FeedItem {
  const summary = wrapHard(source.abstract);
  const authors = makeAuthors(rng, authorCount(rng));
  if (mode === 'missing') for (const author of authors) delete author.user;
  if (mode === 'null') for (const author of authors) author.user ??= null;
  if (mode === 'full') for (const author of authors) if (!author.hidden) author.user ??= makeUser(rng, author.name);
  const optional = mode === 'null' ? { ...NULLS } : optionalPaperFields(source, rng, mode);
  const item: FeedItem = {
    paper: {
      id: arxivId,
      authors,
      publishedAt: time(rng, addDays(day, -1), 13, 19),
      submittedOnDailyAt: time(rng, day, 0, 3),
      title: source.title,
      summary,
      upvotes: source.upvotes ?? rng.int(0, rng.chance(0.1) ? 400 : 60),
      discussionId: rng.hexId(),
      ...optional,
    },
    publishedAt: time(rng, day, 3, 5),
    title: source.title,
    summary,
    mediaUrls: [],
    isAuthorParticipating: rng.chance(0.3),
  };
  if (mode === 'null') Object.assign(item, { thumbnail: null, numComments: null, submittedBy: null });
  else if (mode !== 'missing') {
    const has = (p: number) => mode === 'full' || rng.chance(p);
    if (has(0.9)) item.thumbnail = `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${arxivId}.png`;
    if (has(0.9)) item.numComments = rng.int(0, 12);
    if (has(0.9)) item.submittedBy = makeSubmitter(rng);
  }
  return item;
}
