/**
 * Words that carry no topic: English function words plus the filler people put around a topic
 * ("papers about …", "what is …"). Removed from queries and from abstracts before indexing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'via using use used us may might must shall within without upon across along among per vs versus etc ' +
    'paper papers work works article find show me tell give list any anything something recent latest new'
  ).split(' '),
);

/** Query-only filler: words that ask for papers rather than describe a topic. */
export const QUERY_FILLER: ReadonlySet<string> = new Set(
  'paper papers article articles research work works study studies find show tell give list recent latest new trending about regarding related topic topics'.split(' '),
);
