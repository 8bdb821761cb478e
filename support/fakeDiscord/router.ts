import type { UploadedFile } from './messages.js';
import { escapeRegExp } from '../../src/text/escapeRegExp.js';

/** A parsed REST request; `path` is relative to `/api/v10`. */
export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  params: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
  /** `performance.now()` when the request arrived: deadlines are Discord's clock, not the fake's work. */
  receivedAt: number;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: string;
  /** Bot-token routes; interaction callbacks and webhooks authenticate by their token instead. */
  auth: boolean;
  /** Interaction endpoints are not bound by the global rate limit on Discord. */
  exemptFromGlobalLimit?: boolean;
  handle(req: ApiRequest): ApiResponse | Promise<ApiResponse>;
  /**
   * The fake's own checks of the body, without side effects: the 400 `handle` would answer, or
   * null. Used to answer a body that also breaks Discord's schema with every error at once.
   */
  validate?(req: ApiRequest): ApiResponse | null;
}

export function json(status: number, body?: unknown): ApiResponse {
  return body === undefined ? { status } : { status, body };
}

/** Discord's error body: `{ code, message }` with a JSON error code. */
export function apiError(status: number, code: number, message: string): ApiResponse {
  return { status, body: { message, code } };
}

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

/** Matches `/channels/:channelId/messages`-style patterns; `@me`/`@original` are literal segments. */
export class Router {
  private readonly compiled: Compiled[] = [];

  add(...routes: Route[]): void {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.pattern
        .split('/')
        .map((part) => {
          if (!part.startsWith(':')) return escapeRegExp(part);
          names.push(part.slice(1));
          return '([^/]+)';
        })
        .join('/');
      this.compiled.push({ route, regex: new RegExp(`^${source}$`), names });
    }
  }

  /** The route for a request, or why there is none (so the fake can answer 404 vs 405). */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | 'not-found' | 'bad-method' {
    let pathMatched = false;
    for (const { route, regex, names } of this.compiled) {
      const m = regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, m[i + 1] ?? '']));
      return { route, params };
    }
    return pathMatched ? 'bad-method' : 'not-found';
  }
}
