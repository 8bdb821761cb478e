/**
 * Reads a response body as UTF-8, refusing one over `maxBytes` (by its declared length, or as it
 * streams in), so a lying or broken server cannot fill memory.
 */
export async function readCapped(response: Response, maxBytes: number, what: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new Error(`${what}: answer is ${declared} bytes, over the ${maxBytes}-byte cap`);
  if (response.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new Error(`${what}: answer exceeded the ${maxBytes}-byte cap`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
