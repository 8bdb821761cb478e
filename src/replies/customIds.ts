import { LIMITS } from './limits.js';

/**
 * Custom ids are `prefix:payload`. Each component kind has a pure make/parse pair; parsing
 * rejects anything malformed (a forged or stale id gets a clear answer, never a crash).
 */

/** Longest topic a search page id carries; /search reduces longer topics to this. */
export const MAX_ID_TOPIC = 80;

export interface SearchPageId {
  page: number;
  limit: number;
  topic: string;
}

/** `search:<page>:<limit>:<topic>` — everything a page needs, so paging survives restarts. */
export function makeSearchPageId({ page, limit, topic }: SearchPageId): string {
  const id = `search:${page}:${limit}:${topic.slice(0, MAX_ID_TOPIC)}`;
  return id.slice(0, LIMITS.customId);
}

export function parseSearchPageId(id: string): SearchPageId | null {
  const m = /^search:(-?\d{1,3}):(\d{1,3}):(.{1,80})$/su.exec(id);
  if (m === null) return null;
  const page = Number(m[1]);
  const limit = Number(m[2]);
  if (page < 0 || limit < 1 || limit > 50) return null;
  return { page, limit, topic: m[3] ?? '' };
}

/** Prefixes of the paper-scoped components. */
export type PaperAction = 'related' | 'ask' | 'open';

const PAPER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `related:<paperId>`, `ask:<paperId>`, `open:<paperId>` (ids are at most 64 characters). */
export function makePaperActionId(action: PaperAction, paperId: string): string {
  return `${action}:${paperId}`.slice(0, LIMITS.customId);
}

export function parsePaperActionId(id: string): { action: PaperAction; paperId: string } | null {
  const m = /^(related|ask|open):(.{1,64})$/.exec(id);
  if (m === null || !PAPER_ID.test(m[2] ?? '')) return null;
  return { action: m[1] as PaperAction, paperId: m[2] ?? '' };
}

/** The prefix of any custom id (what the dispatcher routes on). */
export function customIdPrefix(id: string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? id : id.slice(0, colon);
}

/** `pick:<where>` — a select menu whose chosen value is a paper id to open. */
export function makePickId(where: 'search' | 'digest' | 'related' | 'trending' | 'lookup'): string {
  return `pick:${where}`;
}

/** A paper id as carried in a select menu value, or null when it cannot be one. */
export function parsePickedPaperId(value: string | undefined): string | null {
  return value !== undefined && value.length <= 64 && PAPER_ID.test(value) ? value : null;
}

/** `askq:<paperId>` — the modal asking a question about one paper. */
export function makeAskModalId(paperId: string): string {
  return `askq:${paperId}`.slice(0, LIMITS.customId);
}

export function parseAskModalId(id: string): string | null {
  const m = /^askq:(.{1,64})$/.exec(id);
  return m !== null && PAPER_ID.test(m[1] ?? '') ? (m[1] ?? null) : null;
}
