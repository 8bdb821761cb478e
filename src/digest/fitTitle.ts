import { paperSchema } from './schema.js';

/** Longest title a record holds: the schema's cap, which display code and links are sized for. */
export const RECORD_TITLE_LENGTH = paperSchema.shape.title.maxLength ?? 300;
/** Longest full title kept (as a name) when the record's title is cut; anything longer is not a title. */
export const MAX_FULL_TITLE_LENGTH = 2_000;

/**
 * A title that fits the record. Decision: the record's title is cut (at a word boundary, with an
 * ellipsis) rather than the schema's cap raised, so every display and link stays within the sizes
 * it was built for; the full title becomes one of the paper's names (`full`), which keeps all of it
 * searchable — by the text index, the title search, autocomplete and exact-name lookup.
 */
export function fitTitle(title: string): { title: string; full: string | null } {
  if (title.length <= RECORD_TITLE_LENGTH) return { title, full: null };
  return { title: cutAtWord(title, RECORD_TITLE_LENGTH), full: title.length <= MAX_FULL_TITLE_LENGTH ? title : cutAtWord(title, MAX_FULL_TITLE_LENGTH) };
}

function cutAtWord(text: string, max: number): string {
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
