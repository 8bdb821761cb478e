/** One source behind an answer: the paper and the exact words quoted from it. */
export interface Citation {
  id: string;
  title: string;
  /**
   * A verbatim substring of the paper's abstract, or, for answers taken from the record rather than
   * the abstract, one field rendered by `renderField` (e.g. `publishedAt: 2023-10-25`).
   */
  quote: string;
}

/** What paperboy says to a question, and on what grounds. */
export interface Answer {
  answer: string;
  citations: Citation[];
  /** True only when the quoted passages carry the kind of content the question asks for. */
  confident: boolean;
  /** One paper answered, several papers listed, or nothing found to answer from. */
  kind: 'paper' | 'across' | 'unknown';
}

/** Options of a question: `paperId` pins the paper the question is about. */
export interface AskOptions {
  paperId?: string;
}
