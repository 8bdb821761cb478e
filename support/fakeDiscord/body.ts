import type { IncomingMessage } from 'node:http';
import type { UploadedFile } from './messages.js';

export type ParsedBody = { ok: true; body: unknown; files: UploadedFile[] } | { ok: false };

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/**
 * JSON bodies, and the multipart form @discordjs/rest sends with files:
 * `payload_json` carries the JSON, `files[n]` the uploads.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { ok: true, body: null, files: [] };
  try {
    if (contentType?.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      const files: UploadedFile[] = [];
      let body: unknown = null;
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') body = JSON.parse(value);
        } else {
          files.push({ field, filename: value.name, size: value.size });
        }
      }
      return { ok: true, body, files };
    }
    return { ok: true, body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    return { ok: false };
  }
}
