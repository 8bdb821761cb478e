import type { Field } from './textIndex.js';

/** Field weights: a match in the title or a name the paper introduces counts far above the abstract. */
export const FIELD_BOOST: Record<Field, number> = { title: 3, aliases: 3, abstract: 1 };
