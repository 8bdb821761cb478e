import { z } from 'zod';

/** A Topic as stored (the topics JSON column) and checked on input. */
export const topicSchema = z.object({ text: z.string(), query: z.string(), exclude: z.array(z.string()) });

/** A subscription topic: words the papers must be about, and words that rule a paper out. */
export interface Topic {
  /** As the moderator typed it, normalized ("diffusion -survey"). */
  text: string;
  /** The topic proper ("diffusion"). */
  query: string;
  /** Excluded words ("survey"). */
  exclude: string[];
}

/** Parses one topic: `-word` (or `-"two words"`) excludes, the rest is the query. */
export function parseTopic(raw: string): Topic {
  const exclude: string[] = [];
  const rest = raw
    .replace(/(?:^|\s)-"([^"]+)"/g, (_m, phrase: string) => {
      exclude.push(phrase.trim().toLowerCase());
      return ' ';
    })
    .replace(/(?:^|\s)-([^\s-][^\s]*)/g, (_m, word: string) => {
      exclude.push(word.toLowerCase());
      return ' ';
    });
  const query = rest.replace(/\s+/g, ' ').trim();
  const text = [query, ...exclude.map((e) => (e.includes(' ') ? `-"${e}"` : `-${e}`))].filter((s) => s.length > 0).join(' ');
  return { text, query, exclude: exclude.filter((e) => e.length > 0) };
}
