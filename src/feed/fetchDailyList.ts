import { readCapped } from '../http/readCapped.js';

/** Limits on one request to the daily papers API. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

/** One day's list, or why not (and, after a 429 or 503 with Retry-After, when to ask again). */
export type ListFetch =
  | { ok: true; items: unknown[] }
  | { ok: false; reason: string; retryAfterMs: number | null };

/** Retry-After as seconds or an HTTP date, in milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * GET `<url>?date=YYYY-MM-DD` from the daily papers API, naming paperboy in the User-Agent, with
 * a time-out and a size cap. Anything but a 200 with a JSON array is a failure with a reason
 * (HTML error pages, over-size answers, hangs, 4xx/5xx) — never an exception.
 */
export async function fetchDailyList(url: string, day: string, limits: FetchLimits, userAgent: string, fetchImpl: typeof fetch = fetch): Promise<ListFetch> {
  const target = new URL(url);
  target.searchParams.set('date', day);
  try {
    const response = await fetchImpl(target, {
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { accept: 'application/json', 'user-agent': userAgent },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: `HTTP ${response.status}`, retryAfterMs: retryAfterMs(response.headers.get('retry-after'), Date.now()) };
    }
    const text = await readCapped(response, limits.maxBytes, 'feed');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type';
      return { ok: false, reason: `answer is not JSON (${type.split(';')[0] ?? type})`, retryAfterMs: null };
    }
    if (!Array.isArray(json)) return { ok: false, reason: 'answer is not a list of papers', retryAfterMs: null };
    return { ok: true, items: json };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const reason = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${limits.timeoutMs} ms` : error instanceof Error ? error.message : String(error);
    return { ok: false, reason, retryAfterMs: null };
  }
}
