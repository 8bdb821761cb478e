import stopword from 'stopword';

/** The English function words the `stopword` package's list lacks ("above", "during", "itself", "vs"). */
const MORE_FUNCTION_WORDS =
  'above again against below does doing down during few further having hers herself its itself just myself no nor not off ' +
  'once ours ourselves own she so theirs themselves until when whom why will yours yourself yourselves via using use used ' +
  'us may shall within without upon across along among per vs versus etc';

/** What people put around a topic ("papers about …", "show me the latest …"). */
const TOPIC_FILLER = 'paper papers work works article find show tell give list anything something recent latest new';

/**
 * Words that carry no topic: English stop words (the `stopword` package's list, plus the function
 * words above it lacks) and the filler around a topic. Removed from queries and from abstracts
 * before indexing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([...stopword.eng, ...`${MORE_FUNCTION_WORDS} ${TOPIC_FILLER}`.split(' ')]);

/** Query-only filler: words that ask for papers rather than describe a topic. */
export const QUERY_FILLER: ReadonlySet<string> = new Set(
  'paper papers article articles research work works study studies find show tell give list recent latest new trending about regarding related topic topics'.split(' '),
);
