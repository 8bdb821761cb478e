import { performance } from 'node:perf_hooks';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { parseBody, readRaw } from './body.js';
import type { Faults } from './faults.js';
import type { GlobalLimiter } from './rateLimit.js';
import { apiError, json, type ApiRequest, type ApiResponse, type Router } from './router.js';
import type { FaultSpec, RequestRecord, SchemaViolation } from './types.js';
import { flattenFormErrors, mergeFormBodies, type InvalidFormBody } from './validate/formErrors.js';
import type { SpecCheck } from './validate/openapi.js';

const API_PREFIX = '/api/v10';

export interface HttpDeps {
  token: string;
  router: Router;
  faults: Faults;
  limiter: GlobalLimiter | null;
  /** Which interaction a path belongs to (callback or webhook token), for per-interaction logs. */
  linkInteraction(path: string): string | null;
  record(entry: RequestRecord): void;
  /** Ms since the fake started, for request timestamps. */
  clock(): number;
  /** Checks a body against Discord's OpenAPI description; null turns the check off. */
  checkSpec: ((method: string, path: string, body: unknown) => SpecCheck) | null;
}

function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** Answers that never come: how `failNext({ hang: true })` is done. */
const HANG = Symbol('hang');

/** The REST half of the fake: auth, fault injection, the global limit, then the route. */
export class HttpServer {
  readonly server: Server;
  readonly unknownRoutes: { method: string; path: string }[] = [];
  /** Exceptions thrown by the fake itself (bugs in the fake, not in the bot). */
  readonly internalErrors: string[] = [];
  /** Requests whose body Discord's OpenAPI description refuses (each answered 400). */
  readonly schemaViolations: SchemaViolation[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  upgradeHandler: ((req: IncomingMessage, socket: Duplex, head: Buffer) => void) | null = null;

  constructor(private readonly deps: HttpDeps) {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) => this.upgradeHandler?.(req, socket, head));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const inApi = url.pathname.startsWith(`${API_PREFIX}/`);
    // @discordjs/rest percent-encodes segments (`/users/%40me`); Discord decodes them, so do we.
    const path = decodePath(inApi ? url.pathname.slice(API_PREFIX.length) : url.pathname);
    const entry: RequestRecord = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: null,
      status: 0,
      responseBody: undefined,
      at: this.deps.clock(),
      injected: false,
      interactionId: inApi ? this.deps.linkInteraction(path) : null,
    };
    let response: ApiResponse | typeof HANG;
    try {
      const raw = await readRaw(req);
      response = inApi ? await this.pipeline(req, method, path, entry, raw, receivedAt) : this.unknown(method, url.pathname);
    } catch (error) {
      this.internalErrors.push(`${method} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      response = apiError(500, 0, '500: Internal Server Error');
    }
    if (response === HANG) return;
    entry.status = response.status;
    entry.responseBody = response.body;
    this.deps.record(entry);
    const headers: Record<string, string> = { ...response.headers };
    if (response.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
  }

  private unknown(method: string, path: string, status = 404): ApiResponse {
    this.unknownRoutes.push({ method, path });
    return apiError(status, 0, status === 404 ? '404: Not Found' : '405: Method Not Allowed');
  }

  private async pipeline(req: IncomingMessage, method: string, path: string, entry: RequestRecord, raw: Buffer, receivedAt: number): Promise<ApiResponse | typeof HANG> {
    const parsed = await parseBody(raw, req.headers['content-type']);
    if (parsed.ok) entry.body = parsed.body;
    const match = this.deps.router.match(method, path);
    if (match === 'not-found') return this.unknown(method, path);
    if (match === 'bad-method') return this.unknown(method, path, 405);
    if (match.route.auth && req.headers.authorization !== `Bot ${this.deps.token}`) {
      return apiError(401, 0, '401: Unauthorized');
    }
    const fault = this.deps.faults.take(method, path, 'before');
    if (fault) {
      const injected = await this.inject(fault, entry);
      if (injected) return injected;
    }
    if (this.deps.limiter && !match.route.exemptFromGlobalLimit) {
      const retryAfter = this.deps.limiter.check(Date.now());
      if (retryAfter !== null) {
        return {
          status: 429,
          headers: { 'retry-after': retryAfter.toFixed(3), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
          body: { message: 'You are being rate limited.', retry_after: retryAfter, global: true, code: 0 },
        };
      }
    }
    if (!parsed.ok) return apiError(400, 50109, 'The request body contains invalid JSON.');
    const request: ApiRequest = { method, path, query: entry.query, params: match.params, body: parsed.body, files: parsed.files, receivedAt };
    const refused = this.checkSpec(request, match.route.validate?.(request) ?? null);
    if (refused) return refused;
    const response = await match.route.handle(request);
    const lost = this.deps.faults.take(method, path, 'after');
    return (lost ? await this.inject(lost, entry) : null) ?? response;
  }

  /**
   * Discord's schema for the operation, before the route: a body it refuses is recorded and answered
   * 400 with its errors and the fake's own (`ownCheck`), as Discord lists every bad field at once.
   * Multipart bodies arrive here as their parsed `payload_json`.
   */
  private checkSpec(request: ApiRequest, ownCheck: ApiResponse | null): ApiResponse | null {
    const check = this.deps.checkSpec?.(request.method, request.path, request.body);
    if (check === undefined || check.ok) return null;
    const own = ownCheck?.status === 400 ? (ownCheck.body as InvalidFormBody) : null;
    const body = own === null ? check.body : mergeFormBodies(own, check.body);
    this.schemaViolations.push({
      method: request.method,
      path: request.path,
      operation: check.operation,
      errors: flattenFormErrors(check.body.errors),
      body: request.body,
    });
    return json(400, body);
  }

  /** The injected answer for a fault, or null when it only delays the real one. */
  private async inject(fault: FaultSpec, entry: RequestRecord): Promise<ApiResponse | typeof HANG | null> {
    if (fault.hang) return HANG;
    if (fault.delayMs !== undefined) await this.sleep(fault.delayMs);
    if (fault.status === undefined) return null;
    entry.injected = true;
    return { status: fault.status, body: fault.body ?? { message: `${fault.status}: injected by the fake`, code: 0 }, headers: fault.headers ?? {} };
  }
}
