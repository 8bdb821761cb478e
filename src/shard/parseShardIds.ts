/** Largest shard id accepted: far beyond any bot (Discord's largest run a few thousand shards). */
export const MAX_SHARD_ID = 65_535;

/**
 * Parses SHARD_IDS: comma-separated ids and inclusive ranges (`0,1`, `4-7`, `0,2-3`), returned
 * ascending without repeats, or the reason the text is not such a list.
 */
export function parseShardIds(text: string): { ids: number[] } | { error: string } {
  const ids = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (match === null) return { error: `"${part}" is not a shard id or range (e.g. 0,1 or 4-7)` };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) return { error: `range ${part} runs backwards` };
    if (to > MAX_SHARD_ID) return { error: `shard id ${to} is above ${MAX_SHARD_ID}` };
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return { ids: [...ids].sort((a, b) => a - b) };
}
