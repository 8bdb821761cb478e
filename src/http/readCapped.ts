/**
 * Reads a fetch response's body as UTF-8 text, refusing more than `maxBytes`: a declared
 * Content-Length over the cap fails before any byte is read, and a body that streams past it
 * fails as soon as it does (the stream is cancelled), so a hostile or broken server cannot make
 * paperboy buffer an unbounded answer. `who` prefixes the error ("feed: answer exceeded …").
 */
export async function readCapped(response: Response, maxBytes: number, who: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new Error(`${who}: answer is ${declared} bytes, over the ${maxBytes}-byte cap`);
  if (response.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  // A fetch body streams bytes (the Fetch standard); Node's types leave the chunk `any`.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        // As leaving a `for await` over the stream would: cancel it, and let the cap error win.
        await reader.cancel().catch(() => undefined);
        throw new Error(`${who}: answer exceeded the ${maxBytes}-byte cap`);
      }
      chunks.push(read.value);
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks).toString('utf8');
}
