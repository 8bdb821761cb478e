/**
 * A list of strings stored as UTF-8 in one buffer with offsets: [count][offsets…][bytes]. Reading a
 * string decodes just that slice, so abstracts loaded from a snapshot stay in this one compact
 * copy until someone reads them (most never are between restarts).
 */
export function packTexts(texts: readonly string[]): Buffer {
  const bodies = texts.map((t) => Buffer.from(t, 'utf8'));
  const head = Buffer.alloc(4 * (texts.length + 2));
  head.writeUInt32LE(texts.length, 0);
  let offset = 0;
  bodies.forEach((body, i) => {
    head.writeUInt32LE(offset, 4 * (i + 1));
    offset += body.length;
  });
  head.writeUInt32LE(offset, 4 * (texts.length + 1));
  return Buffer.concat([head, ...bodies]);
}

/** Random access to the strings of a packed buffer. */
export class TextChunk {
  readonly count: number;
  readonly #buffer: Buffer;
  readonly #start: number;

  constructor(buffer: Buffer) {
    if (buffer.length < 8) throw new Error('snapshot: text chunk too short');
    this.#buffer = buffer;
    this.count = buffer.readUInt32LE(0);
    this.#start = 4 * (this.count + 2);
    if (this.#start > buffer.length || this.#start + buffer.readUInt32LE(4 * (this.count + 1)) > buffer.length) {
      throw new Error('snapshot: text chunk is truncated');
    }
  }

  /** String `i` (decoded on every call). */
  get(i: number): string {
    const from = this.#buffer.readUInt32LE(4 * (i + 1));
    const to = this.#buffer.readUInt32LE(4 * (i + 2));
    return this.#buffer.toString('utf8', this.#start + from, this.#start + to);
  }
}
