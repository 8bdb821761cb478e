import type { Library } from '../../search/library.js';
import type { Asks } from '../question/classifyQuestion.js';
import { exactName } from './exactName.js';
import { fuzzyName } from './fuzzyName.js';
import { introducedName } from './introducedName.js';
import { contentTest, type Resolution } from './nameContext.js';
import type { Token } from '../question/questionTokens.js';

export type { Resolution } from './nameContext.js';

/**
 * Finds the paper a question names: exact names, then a close match, then a name one abstract
 * introduces. Words found in no paper along the way are added to `absent`.
 */
export function resolvePaper(library: Library, tokens: readonly Token[], asks: Asks, absent: Set<string> = new Set()): Resolution | null {
  const isContent = contentTest(asks);
  return exactName(library, tokens, isContent) ?? fuzzyName(library, tokens, isContent) ?? introducedName(library, tokens, isContent, absent);
}
