// What a sentence of an abstract does — presents the paper's contribution, reports a finding,
// explains a method, admits a limitation, defines a name — as named word lists; the cue patterns
// are built from them. Every entry has a row in test/answer/lexicon/sentenceCues.test.ts.
// Entries are words or short patterns (regex source: `analy[sz]e`, `leverag\w*`).

const any = (list: readonly string[]): string => list.join('|');

/** Who speaks for the paper: "we", "this paper", "our method", "here we". */
export const OWN_SUBJECTS = ['we', 'this (?:paper|work|study|report)', 'our (?:work|paper|method|approach)', 'here,? we'] as const;
/** What the paper says it does with its contribution ("we propose …"). */
export const CONTRIBUTION_VERBS = ['propose', 'introduce', 'present', 'develop', 'design', 'describe', 'build', 'create', 'call', 'dub', 'name', 'release', 'offer', 'unveil'] as const;
/** Naming words that mark a contribution on their own ("dubbed X"). */
export const NAMING_WORDS = ['dubbed', 'called', 'named', 'termed', 'coined'] as const;
/** What the paper says it finds or studies ("we show …"); the subjects exclude "our method". */
export const FINDING_SUBJECTS = ['we', 'this (?:paper|work|study|report)', 'here,? we'] as const;
export const FINDING_VERBS = [
  'explore', 'study', 'investigate', 'show', 'demonstrate', 'analy[sz]e', 'examine', 'address', 'tackle', 'aim', 'focus', 'provide',
  'report', 'identify', 'derive', 'prove', 'establish', 'reveal', 'discover', 'find', 'argue', 'question', 're-?formulate',
] as const;
/** Words of how a method works ("by …", "instead of …"). */
export const METHOD_WORDS = [
  'by', 'via', 'through', 'using', 'uses', 'use', 'leverag\\w*', 'based on', 'relies on', 'consists? of', 'combin\\w*', 'decompos\\w*',
  'replac\\w*', 'approximat\\w*', 'projects?', 'maps?', 'learns?', 'trains?', 'splits?', 'fus\\w*', 'tiling', 'design\\w*', 'instead of',
  'rather than', 'in place of',
] as const;
/** Words of a limitation the work admits. */
export const LIMITATION_WORDS = [
  'limitation', 'limited', 'drawback', 'weakness', 'shortcoming', 'fails?', 'cannot', 'can not', 'does not', 'do not', 'only works', 'caveat',
  'at the cost of', 'trade-?off', 'expense',
] as const;

/** A sentence presenting the paper's own contribution ("we propose …", "dubbed X"). */
export const CONTRIBUTION_CUE = new RegExp(`\\b(?:${any(OWN_SUBJECTS)})\\s+(?:\\w+\\s+){0,3}?(?:${any(CONTRIBUTION_VERBS)})\\w*|\\b(?:${any(NAMING_WORDS)})\\b`, 'i');
/** A sentence saying what the work does or finds, short of introducing a method. */
export const FINDING_CUE = new RegExp(`\\b(?:${any(FINDING_SUBJECTS)})\\s+(?:\\w+\\s+){0,3}?(?:${any(FINDING_VERBS)})\\w*`, 'i');
/** A sentence explaining how a method works. */
export const METHOD_CUE = new RegExp(`\\b(?:${any(METHOD_WORDS)})\\b`, 'i');
/** A sentence admitting a limitation of the work itself. */
export const LIMITATION_CUE = new RegExp(`\\b(?:${any(LIMITATION_WORDS)})\\b`, 'i');

/** After a name, words that say what it is ("X is …", "X serves as …"). */
export const DEFINING_VERBS = ['is', 'are', 'serves as', 'refers to', 'consists of', 'provides', 'offers', 'uses', 'utilizes', 'works by', 'enables'] as const;
/** After a name and a comma, words that open an appositive ("X, a …", "X, which …"). */
export const APPOSITIVE_OPENERS = ['a', 'an', 'the', 'which'] as const;
/** Before a name, words that introduce it ("we propose X", "called X"). */
export const INTRODUCING_WORDS = ['called', 'named', 'dubbed', 'termed', 'introduce', 'introduces', 'propose', 'proposes', 'present', 'presents', 'achieve', 'achieves'] as const;

/** Whether a sentence says what the name (a pattern source) is: "X is a …", "we introduce X, a …", "X serves as …". */
export function definesNamePattern(name: string): RegExp {
  return new RegExp(
    `${name}(?:\\s*\\([^)]{1,60}\\))?,?\\s+(?:${any(DEFINING_VERBS)})\\b|` +
      `${name}(?:\\s*\\([^)]{1,60}\\))?,\\s+(?:${any(APPOSITIVE_OPENERS)})\\s|` +
      `\\((?:the\\s+)?${name}\\)|` +
      `(?:${any(INTRODUCING_WORDS)})\\s+(?:\\w+\\s+){0,4}?["“']?${name}`,
    'iu',
  );
}

/** After a topic phrase, verbs that define it ("a KV cache stores …", "X refers to …"). */
export const TOPIC_DEFINING_VERBS = ['is', 'are', 'refers?', 'denotes?', 'means?', 'stores?', 'consists?', 'describes?', 'represents?', 'computes?', 'maps?', 'measures?'] as const;
/** Before a topic phrase, words that name it ("known as the KV cache"). */
export const TOPIC_NAMING_WORDS = ['called', 'known as', 'dubbed', 'termed'] as const;

/** Whether a sentence defines the topic phrase (a pattern source): "The KV cache stores …", "…, known as X". */
export function definesTopicPattern(phrase: string): RegExp {
  const verb = `(?:${any(TOPIC_DEFINING_VERBS)})`;
  return new RegExp(`^(?:(?:the|a|an)\\s+)?${phrase},?\\s+${verb}\\b|^(?:(?:the|a|an)\\s+)?${phrase},\\s+(?:a|an|the)\\s|(?:${any(TOPIC_NAMING_WORDS)})\\s+(?:the\\s+)?["“']?${phrase}`, 'iu');
}
