import type { FaultHandle, FaultSpec } from './types.js';

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
  hits: number;
}

/** Faults queued by `failNext`, consumed in the order they were added. */
export class Faults {
  private readonly active: ActiveFault[] = [];

  add(spec: FaultSpec): FaultHandle {
    const fault: ActiveFault = { spec, remaining: spec.times ?? 1, hits: 0 };
    this.active.push(fault);
    return {
      get hits() {
        return fault.hits;
      },
      cancel: () => {
        fault.remaining = 0;
      },
    };
  }

  /**
   * The fault that applies to this request at this point, if any (and counts it as used):
   * `before` faults replace the route, `after` faults replace its answer.
   */
  take(method: string, path: string, phase: 'before' | 'after'): FaultSpec | null {
    const fault = this.active.find(
      (f) =>
        f.remaining > 0 &&
        (f.spec.after === true) === (phase === 'after') &&
        (f.spec.method === undefined || f.spec.method.toUpperCase() === method) &&
        f.spec.path.test(path),
    );
    if (!fault) return null;
    fault.remaining--;
    fault.hits++;
    return fault.spec;
  }
}

/** A 429 shaped like Discord's global limit (what @discordjs/rest treats as global). */
export function globalRateLimitFault(retryAfterSeconds = 0.2): Pick<FaultSpec, 'status' | 'headers' | 'body'> {
  return {
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-global': 'true',
      'x-ratelimit-scope': 'global',
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: true, code: 0 },
  };
}

/** A 429 shaped like a per-route bucket running dry (remaining 0, reset-after). */
export function routeRateLimitFault(retryAfterSeconds = 0.2, bucket = 'fakebucket0001'): Pick<FaultSpec, 'status' | 'headers' | 'body'> {
  return {
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + retryAfterSeconds),
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-bucket': bucket,
      'x-ratelimit-scope': 'user',
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
  };
}
