import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { findItem, isFeedItem } from './entries.js';
import { faultKind, FeedFaults, type FaultKind, type FeedFault } from './faults.js';
import { answerFault, json } from './respond.js';
import { isIsoDay } from './text.js';
import type { FeedCorpus, FeedEntry, FeedItem } from './types.js';

export const FEED_PATH = '/api/daily_papers';

/** One request the fake received; `status` is null while it is unanswered (or hung). */
export interface FeedRequest {
  /** Ms since the fake started. */
  at: number;
  method: string;
  path: string;
  /** The raw `?date=` value, or null when absent. */
  date: string | null;
  userAgent: string | null;
  status: number | null;
  fault: FaultKind | null;
}

export interface FakeDailyPapersOptions {
  corpus?: FeedCorpus;
  /** Without `?date=`: answer 400 (default) or serve the latest day that lists papers. */
  withoutDate?: 'error' | 'latest';
}

/** A stand-in for Hugging Face's daily papers API on 127.0.0.1. Start it with startFakeDailyPapers(). */
export class FakeDailyPapers {
  /** Every request, in arrival order. */
  readonly requests: FeedRequest[] = [];
  private readonly days = new Map<string, FeedEntry[]>();
  private readonly faults = new FeedFaults();
  private readonly hung = new Set<ServerResponse>();
  private readonly server: Server;
  private readonly startedAt = performance.now();
  private port = 0;

  constructor(private readonly options: FakeDailyPapersOptions = {}) {
    // A private copy: tests may share one corpus between fakes and mutate a fake's lists.
    for (const [day, list] of options.corpus?.days ?? []) this.days.set(day, structuredClone([...list]));
    this.server = createServer((req, res) => this.onRequest(req, res));
  }

  /** @internal Use startFakeDailyPapers(). */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** What to set DIGEST_FEED_URL to (add `?date=YYYY-MM-DD`). */
  get url(): string {
    return `http://127.0.0.1:${this.port}${FEED_PATH}`;
  }

  /** The URL for one day's list. */
  urlFor(day: string): string {
    return `${this.url}?date=${day}`;
  }

  /** A copy of the list the fake serves for `day` ([] when none). */
  list(day: string): FeedEntry[] {
    return structuredClone(this.days.get(day) ?? []);
  }

  /** Replaces (or adds) a day's list. */
  setDay(day: string, items: readonly FeedEntry[]): void {
    this.days.set(day, structuredClone([...items]));
  }

  /** Changes one served item in place, e.g. `(item) => { item.paper.upvotes = 500 }`. */
  update(day: string, paperId: string, change: (item: FeedItem) => void): void {
    const item = findItem(this.days, day, paperId);
    if (!item) throw new Error(`fake-daily-papers: no item ${paperId} on ${day}`);
    change(item);
  }

  /** Makes the next request(s) fail; see FeedFault. Queued faults are used in order. */
  failNext(fault: FeedFault): void {
    this.faults.next(fault);
  }

  /** Makes every request fail this way until called with null (queued failNext faults go first). */
  failAlways(fault: FeedFault | null): void {
    this.faults.setAlways(fault);
  }

  /** Ends hung and streaming answers, then stops the server. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const record = this.answer(req, res);
    // Every answer but a hang is started synchronously, so the status is known by now.
    if (res.headersSent) record.status = res.statusCode;
  }

  private answer(req: IncomingMessage, res: ServerResponse): FeedRequest {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: FeedRequest = {
      at: performance.now() - this.startedAt,
      method: req.method ?? 'GET',
      path: url.pathname,
      date: url.searchParams.get('date'),
      userAgent: req.headers['user-agent'] ?? null,
      status: null,
      fault: null,
    };
    this.requests.push(record);
    if (url.pathname !== FEED_PATH) json(res, 404, { error: 'Sorry, we can\'t find the page you are looking for.' });
    else if (record.method !== 'GET') json(res, 405, { error: 'Method not allowed' });
    else {
      const fault = this.faults.take();
      if (fault) {
        record.fault = faultKind(fault);
        if ('hang' in fault) this.hang(res);
        else answerFault(res, fault, () => this.sampleItem());
      } else this.serveDay(record.date, res);
    }
    return record;
  }

  private serveDay(date: string | null, res: ServerResponse): void {
    const day = date ?? (this.options.withoutDate === 'latest' ? this.latestDay() : null);
    if (day === null || !isIsoDay(day)) json(res, 400, { error: '"date" must be a valid date in YYYY-MM-DD format' });
    else json(res, 200, this.days.get(day) ?? []);
  }

  private latestDay(): string | null {
    return [...this.days].filter(([, list]) => list.length > 0).map(([day]) => day).sort().at(-1) ?? null;
  }

  private hang(res: ServerResponse): void {
    this.hung.add(res);
    res.on('close', () => this.hung.delete(res));
  }

  /** A served item as JSON (what an oversize answer repeats). */
  private sampleItem(): string {
    const item = [...this.days.values()].flat().find(isFeedItem);
    return JSON.stringify(item ?? { paper: { id: '2401.00001', title: 'Filler', summary: 'Filler.' } });
  }
}
