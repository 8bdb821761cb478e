import type { Paper } from '../digest/schema.js';
import type { Logger } from '../logger.js';
import { pause, type SemanticIndex } from './semanticIndex.js';

/** How often the catalogue is checked for papers without vectors (new papers from the feed, a reload). */
export const FOLLOW_EVERY_MS = 30_000;

/**
 * Keeps the paper vectors complete in the background: loads the saved ones, embeds the missing
 * papers, then looks again every FOLLOW_EVERY_MS (so a new day's papers are embedded
 * incrementally) until `signal` aborts. The bot serves by words meanwhile; nothing here blocks it.
 */
export async function followLibrary(semantic: SemanticIndex, papers: () => readonly Paper[], signal: AbortSignal, logger: Logger, everyMs = FOLLOW_EVERY_MS): Promise<void> {
  try {
    await semantic.load();
    while (!signal.aborted) {
      await semantic.sync(papers(), signal);
      await pause(everyMs, signal);
    }
  } catch (error) {
    logger.error('embeddings: background embedding stopped', { reason: error instanceof Error ? error.message : String(error) });
  }
}
