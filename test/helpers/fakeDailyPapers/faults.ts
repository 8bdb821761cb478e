/**
 * What `failNext` / `failAlways` can do to a request: answer with an error status (a 429 may carry
 * `retryAfter` seconds), hang until the fake closes, answer 200 with an HTML page, or stream a 200
 * JSON array longer than `oversize` bytes. `times` (default 1) is how many requests a `failNext` spec hits.
 */
export type FeedFault = ({ status: number; retryAfter?: number } | { hang: true } | { html: true } | { oversize: number }) & { times?: number };

export type FaultKind = 'status' | 'hang' | 'html' | 'oversize';

export function faultKind(fault: FeedFault): FaultKind {
  if ('hang' in fault) return 'hang';
  if ('html' in fault) return 'html';
  if ('oversize' in fault) return 'oversize';
  return 'status';
}

/** Faults queued by `failNext` (used first, in order), then the standing `failAlways` one. */
export class FeedFaults {
  private readonly queue: { fault: FeedFault; remaining: number }[] = [];
  private always: FeedFault | null = null;

  next(fault: FeedFault): void {
    this.queue.push({ fault, remaining: fault.times ?? 1 });
  }

  setAlways(fault: FeedFault | null): void {
    this.always = fault;
  }

  /** The fault for the next request (and counts it as used), or null. */
  take(): FeedFault | null {
    const queued = this.queue.find((q) => q.remaining > 0);
    if (!queued) return this.always;
    queued.remaining--;
    return queued.fault;
  }
}
