import { settledHeap } from '../gc.js';

/** Memory (heap + external) freed by dropping each part of a library, in the order dropped (the catalogue last). */
export interface LibraryMemory {
  size: number;
  total: number;
  parts: { key: string; bytes: number }[];
}

const LAST = new Set(['catalogue', 'papers']);

/**
 * Attributes a library's heap to its fields without knowing them: takes the only reference out of
 * `holder`, then deletes one field at a time and measures what a full GC frees. Memory two fields
 * share is counted for the later one; catalogue and papers go last, together.
 */
export function libraryMemory(size: number, holder: { library: object | null }): LibraryMemory {
  if (holder.library === null) throw new Error('bench: no library to measure');
  const copy: Record<string, unknown> = { ...holder.library };
  holder.library = null;
  let before = settledHeap();
  const parts: { key: string; bytes: number }[] = [];
  const keys = [...Object.keys(copy).filter((k) => !LAST.has(k)), 'catalogue'];
  let total = 0;
  for (const key of keys) {
    delete copy[key];
    if (key === 'catalogue') delete copy.papers;
    const after = settledHeap();
    const freed = Math.max(0, before - after);
    parts.push({ key: key === 'catalogue' ? 'catalogue + papers' : key, bytes: freed });
    total += freed;
    before = after;
  }
  return { size, total, parts };
}
