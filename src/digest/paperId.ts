import { createHash } from 'node:crypto';
import { words } from '../text/fold.js';

/** Longest id we hand out: it must fit in a 100-character button custom id with room to spare. */
export const MAX_ID_LENGTH = 64;

/**
 * The stable id of a paper: a slug of its normalized title ("edge-moe-memory-efficient-…").
 * Long slugs are cut at a word boundary and suffixed with a short hash of the full slug so
 * two long titles sharing a prefix still get different ids.
 */
export function paperId(title: string): string {
  const slug = words(title).join('-') || 'untitled';
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const hash = createHash('sha1').update(slug).digest('hex').slice(0, 6);
  const room = MAX_ID_LENGTH - hash.length - 1;
  let cut = slug.slice(0, room);
  const lastDash = cut.lastIndexOf('-');
  if (lastDash > room / 2) cut = cut.slice(0, lastDash);
  return `${cut.replace(/-+$/, '')}-${hash}`;
}

/** The key two digest entries must share to be the same paper. */
export function titleKey(title: string): string {
  return words(title).join(' ');
}
