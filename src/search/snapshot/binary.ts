/** Typed arrays and string lists to and from one Buffer: a small header, then aligned blocks. */

type Block = Uint32Array | Uint16Array | Uint8Array | Float64Array | Int32Array;
const KINDS = { u32: Uint32Array, u16: Uint16Array, u8: Uint8Array, f64: Float64Array, i32: Int32Array } as const;
type Kind = keyof typeof KINDS;
interface Entry {
  name: string;
  kind: Kind | 'str';
  offset: number;
  /** Elements (array) or strings (list). */
  length: number;
  bytes: number;
}

function kindOf(block: Block): Kind {
  if (block instanceof Uint32Array) return 'u32';
  if (block instanceof Uint16Array) return 'u16';
  if (block instanceof Uint8Array) return 'u8';
  if (block instanceof Float64Array) return 'f64';
  return 'i32';
}

/** Packs named typed arrays and string lists into one buffer. */
export function packBlocks(blocks: Record<string, Block>, strings: Record<string, readonly string[]> = {}): Buffer {
  const entries: Entry[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  const push = (bytes: Buffer, name: string, kind: Kind | 'str', length: number): void => {
    const pad = (8 - (offset % 8)) % 8;
    if (pad > 0) {
      parts.push(Buffer.alloc(pad));
      offset += pad;
    }
    entries.push({ name, kind, offset, length, bytes: bytes.length });
    parts.push(bytes);
    offset += bytes.length;
  };
  for (const [name, block] of Object.entries(blocks)) push(Buffer.from(block.buffer, block.byteOffset, block.byteLength), name, kindOf(block), block.length);
  for (const [name, list] of Object.entries(strings)) {
    const text = Buffer.from(list.join('\u0000'), 'utf8');
    push(text, name, 'str', list.length);
  }
  const header = Buffer.from(JSON.stringify(entries), 'utf8');
  const head = Buffer.alloc(8);
  head.writeUInt32LE(0x50425831, 0); // "PBX1"
  head.writeUInt32LE(header.length, 4);
  const headerPad = Buffer.alloc((8 - ((8 + header.length) % 8)) % 8);
  return Buffer.concat([head, header, headerPad, ...parts]);
}

/** The blocks of a packed buffer (typed arrays are views: no copy). */
export interface Unpacked {
  array<T extends Kind>(name: string, kind: T): InstanceType<(typeof KINDS)[T]>;
  strings(name: string): string[];
}

/** Reads a buffer written by packBlocks; throws on anything else. */
export function unpackBlocks(buffer: Buffer): Unpacked {
  if (buffer.length < 8 || buffer.readUInt32LE(0) !== 0x50425831) throw new Error('snapshot: not a paperboy index block');
  const headerLength = buffer.readUInt32LE(4);
  const entries = JSON.parse(buffer.subarray(8, 8 + headerLength).toString('utf8')) as Entry[];
  const dataStart = 8 + headerLength + ((8 - ((8 + headerLength) % 8)) % 8);
  // Typed-array views need aligned offsets: use the bytes in place when they are (large files read
  // with readFile are), else copy the data region once.
  const region = buffer.subarray(dataStart);
  let data: Uint8Array = region;
  if (region.byteOffset % 8 !== 0) {
    data = new Uint8Array(region.length);
    data.set(region);
  }
  const find = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    if (entry === undefined) throw new Error(`snapshot: block "${name}" missing`);
    return entry;
  };
  return {
    array(name, kind) {
      const entry = find(name);
      if (entry.kind !== kind) throw new Error(`snapshot: block "${name}" is ${entry.kind}, not ${kind}`);
      const Ctor = KINDS[kind];
      return new Ctor(data.buffer as ArrayBuffer, data.byteOffset + entry.offset, entry.length) as InstanceType<(typeof KINDS)[typeof kind]>;
    },
    strings(name) {
      const entry = find(name);
      if (entry.kind !== 'str') throw new Error(`snapshot: block "${name}" is not a string list`);
      if (entry.length === 0) return [];
      return Buffer.from(data.buffer, data.byteOffset + entry.offset, entry.bytes).toString('utf8').split('\u0000');
    },
  };
}
