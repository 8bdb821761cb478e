import type { ServerResponse } from 'node:http';
import { Readable, pipeline } from 'node:stream';
import type { FeedFault } from './faults.js';

/** What a CDN or the Hub's front end sends instead of JSON when something upstream is wrong. */
const HTML_PAGE = '<!doctype html><html><head><title>Hugging Face – The AI community building the future.</title></head><body><h1>503</h1><p>We are having trouble; please try again.</p></body></html>';

/** Answers with a JSON body and its length. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }).end(text);
}

/** A valid JSON array of copies of `item`, longer than `bytes`, in chunks (no content-length). */
function* oversizeBody(bytes: number, item: string): Generator<string> {
  const perChunk = Math.max(1, Math.floor(65_536 / (item.length + 1)));
  const chunk = Array.from({ length: perChunk }, () => item).join(',');
  let sent = 1;
  yield `[${chunk}`;
  for (sent += chunk.length; sent <= bytes; sent += chunk.length + 1) yield `,${chunk}`;
  yield ']';
}

/** Answers with an injected fault (all but `hang`, which the server keeps open itself). */
export function answerFault(res: ServerResponse, fault: Exclude<FeedFault, { hang: true }>, sampleItem: () => string): void {
  if ('html' in fault) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML_PAGE);
  } else if ('oversize' in fault) {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    // pipeline() stops the stream when the client gives up or close() destroys the socket.
    pipeline(Readable.from(oversizeBody(fault.oversize, sampleItem())), res, () => undefined);
  } else {
    const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
    json(res, fault.status, { error: fault.status === 429 ? 'Too Many Requests' : 'Internal Error' }, headers);
  }
}
