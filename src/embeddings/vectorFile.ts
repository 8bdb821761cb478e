import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { VectorIndex } from './vectorIndex.js';

/**
 * Paper vectors on disk, beside the index snapshot in INDEX_CACHE_DIR: one file per model
 * (`embeddings-<hash of the model name>.bin`), so changing EMBEDDINGS_MODEL never mixes vectors of
 * two models. Layout: a header line of JSON ({model, dim, ids}) then count × dim little-endian
 * float32s. Written to a temporary file and renamed, so a crash leaves the old file or the new
 * one, never half of one; a file that does not parse is ignored (the papers are embedded again).
 */
const MAGIC = 'paperboy-embeddings-1';
const headerSchema = z.object({ magic: z.literal(MAGIC), model: z.string(), dim: z.number().int().positive(), ids: z.array(z.string()) });

/** The file holding a model's vectors. */
export function vectorFilePath(cacheDir: string, model: string): string {
  return path.join(cacheDir, `embeddings-${createHash('sha256').update(model).digest('hex').slice(0, 16)}.bin`);
}

/** Saves the index (atomically). */
export async function saveVectors(file: string, index: VectorIndex): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const header = Buffer.from(`${JSON.stringify({ magic: MAGIC, model: index.model, dim: index.dim, ids: index.ids })}\n`, 'utf8');
  const body = Buffer.from(index.data.buffer, index.data.byteOffset, index.count * index.dim * 4);
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.write(header);
    await handle.write(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}

/** Loads a model's vectors, or null when there are none or the file is not a valid one for this model. */
export async function loadVectors(file: string, model: string): Promise<VectorIndex | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0) return null;
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(0, newline).toString('utf8')));
  } catch {
    return null;
  }
  const floats = header.ids.length * header.dim;
  if (header.model !== model || bytes.length - newline - 1 !== floats * 4) return null;
  const data = new Float32Array(floats);
  Buffer.from(data.buffer).set(bytes.subarray(newline + 1));
  return new VectorIndex(model, header.dim, header.ids, data);
}
