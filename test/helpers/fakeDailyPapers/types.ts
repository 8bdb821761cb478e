/** Shapes of Hugging Face's `/api/daily_papers` answer, as the stand-in serves them. */

export interface FeedUser {
  _id: string;
  avatarUrl: string;
  fullname: string;
  user: string;
  type: 'user';
}

export interface FeedAuthor {
  _id: string;
  name: string;
  hidden: boolean;
  user?: FeedUser | null;
}

export interface FeedOrganization {
  _id: string;
  name: string;
  fullname: string;
  avatar: string;
}

export interface FeedSubmitter {
  _id: string;
  avatarUrl: string;
  fullname: string;
  name: string;
  type: 'user';
  isPro: boolean;
}

/** The optional fields of `paper` (each may be missing, or null). */
export interface FeedPaperOptional {
  ai_summary?: string | null;
  ai_keywords?: string[] | null;
  githubRepo?: string | null;
  githubStars?: number | null;
  projectPage?: string | null;
  organization?: FeedOrganization | null;
  withdrawnAt?: string | null;
}

export interface FeedPaper extends FeedPaperOptional {
  id: string;
  authors: FeedAuthor[];
  publishedAt: string;
  submittedOnDailyAt: string;
  title: string;
  summary: string;
  upvotes: number;
  discussionId: string;
}

/** One well-formed item of a day's list. */
export interface FeedItem {
  paper: FeedPaper;
  publishedAt: string;
  title: string;
  summary: string;
  mediaUrls: string[];
  thumbnail?: string | null;
  numComments?: number | null;
  submittedBy?: FeedSubmitter | null;
  isAuthorParticipating: boolean;
}

/** Any JSON value: what a deliberately malformed item is made of. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** An entry of a day's list: a real-shaped item, or (on purpose) something that is not one. */
export type FeedEntry = FeedItem | { [key: string]: Json };

/** Where a special item sits: its day, its index in that day's list, and its paper id. */
export interface ItemRef {
  day: string;
  index: number;
  paperId: string;
}

/** The corpus's deliberate edge cases, by role. */
export interface SpecialItems {
  /** Every optional field (item and paper level, `authors[].user` too) absent. */
  allMissing: ItemRef;
  /** Every optional field present and null. */
  allNull: ItemRef;
  /** Every optional field present with a value (the "full" reference item). */
  full: ItemRef;
  /** `paper.withdrawnAt` set to an ISO time. */
  withdrawn: ItemRef;
  /** The same `paper.id` listed on two days (the later listing first). */
  twoDays: { paperId: string; days: [later: string, earlier: string] };
  /** `paper.title` is the number 42 and `paper.upvotes` a string; `paper.id` is valid. */
  wrongTypes: ItemRef;
  /** `paper` is a string, not an object (paperId is that string). */
  paperNotObject: ItemRef;
  /** A paper with 12 or more authors, some hidden. */
  manyAuthors: ItemRef;
  /** A weekend day in the range whose list is `[]`. */
  emptyDay: string;
}

/** Day lists (`YYYY-MM-DD` → items, oldest day first) with their special items. */
export interface FeedCorpus {
  readonly today: string;
  readonly days: ReadonlyMap<string, readonly FeedEntry[]>;
  readonly special: SpecialItems;
}
