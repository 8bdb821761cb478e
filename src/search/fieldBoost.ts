import type { Field } from './textSegment.js';

/**
 * Field weights: a match in the title or a name the paper introduces counts far above the
 * abstract; the feed's AI keywords sit between (they say what the paper is about, but are
 * machine-written); an author's name counts like abstract text, so a search for a name finds
 * that author's papers without outranking papers about a topic word.
 */
export const FIELD_BOOST: Record<Field, number> = { title: 3, aliases: 3, keywords: 2, abstract: 1, authors: 1 };
