/** Embed accent colours. */
export const COLORS = { paper: 0x5865f2, search: 0x2b9a66, digest: 0xf0b232, notice: 0x99aab5 } as const;
