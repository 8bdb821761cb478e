// The words by which an abstract introduces a name as its own (src/digest/introducedNames.ts).
// Each entry has an example in test/digest/lexicon/namingCues.test.ts.

/** A name within a few words after one of these is the paper's: "a method called X", "we propose X". */
export const NAMING_CUES = [
  'called', 'named', 'dubbed', 'termed', 'coined',
  'propose', 'proposes', 'introduce', 'introduces', 'present', 'presents', 'achieve', 'develop', 'develops',
] as const;

/** "X, a framework for …", "X (…), the first …": an appositive after the name. */
export const APPOSITIVE_ARTICLES = ['a', 'an', 'the'] as const;

/** "X is a …", "X are an …": a definition after the name. */
export const DEFINITION_VERBS = ['is', 'are'] as const;
export const DEFINITION_ARTICLES = ['a', 'an'] as const;
