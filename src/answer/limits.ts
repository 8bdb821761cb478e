/** Tunables of the answer engine, in one place. */
export const ANSWER_LIMITS = {
  /** Longest quote; longer sentences are cut to the part that answers. */
  maxQuote: 320,
  /** Papers listed for a question across papers. */
  maxAcross: 5,
  /** Quotes given for one paper. */
  maxQuotesPerPaper: 2,
  /** Longest question considered (characters); the rest is ignored. */
  maxQuestion: 500,
  /** Longest window of words tried as a paper name. */
  maxNameWords: 12,
  /** Search hits examined for a question across papers. */
  acrossCandidates: 20,
  /**
   * Papers the searched words may hold between them (estimated): keeps a question's index search
   * to a bounded part of the index (about 30 ms of scoring) at any catalogue size.
   */
  searchPostingsBudget: 8_000,
  /** Longest answer text accepted from a language model. */
  maxLlmAnswer: 1500,
  /** Largest model reply read (bytes of the HTTP body); a reply over it is refused unread. */
  maxLlmReplyBytes: 64 * 1024,
} as const;
