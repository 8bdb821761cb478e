import type { Paper } from '../../digest/schema.js';
import { compact, words } from '../../text/fold.js';

/** One way a paper is named: its title, the part before the title's colon, or an alias. */
export interface PaperName {
  text: string;
  key: string;
  /** `expansion`: an acronym alias spelled out as the abstract introduces it (not in the library's name map). */
  source: 'title' | 'prefix' | 'alias' | 'id' | 'expansion';
}

/** Every name a paper goes by (title, title prefix, aliases, id), as the library's name map keys them. */
export function paperNames(paper: Paper): PaperName[] {
  const out: PaperName[] = [{ text: paper.title, key: compact(paper.title), source: 'title' }];
  const colon = paper.title.indexOf(':');
  if (colon > 0) out.push({ text: paper.title.slice(0, colon).trim(), key: compact(paper.title.slice(0, colon)), source: 'prefix' });
  for (const alias of paper.aliases) out.push({ text: alias, key: compact(alias), source: 'alias' });
  out.push({ text: paper.id, key: compact(paper.id), source: 'id' });
  return out;
}

/**
 * Whether a name is unlike ordinary words, so finding it in a question is good evidence the
 * question means this paper: a digit, an inner capital (FlashAttention, EoRA), all capitals
 * (PLANSEARCH), inner punctuation (Edge-MoE, Bitnet.cpp), three or more words, or the id itself.
 */
export function isDistinctiveName(name: PaperName): boolean {
  const text = name.text.trim();
  if (name.source === 'id') return true;
  if (/\d/.test(text)) return true;
  if (/\p{Ll}\p{Lu}/u.test(text)) return true;
  if (/^[\p{Lu}]{3,}s?$/u.test(text)) return true;
  if (/[\p{L}\p{N}][-.+][\p{L}\p{N}]/u.test(text)) return true;
  return words(text).length >= 3;
}

/** The shortest distinctive name of a paper, for answer text ("FlashAttention"), else its title. */
export function displayName(paper: Paper): string {
  const names = paperNames(paper).filter((n) => n.source === 'prefix' || n.source === 'alias');
  const best = names.filter(isDistinctiveName).sort((a, b) => a.text.length - b.text.length)[0];
  return best?.text ?? paper.title;
}
