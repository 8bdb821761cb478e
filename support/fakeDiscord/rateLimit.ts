/** Discord's global limit: at most `perSecond` requests in any one-second window. */
export class GlobalLimiter {
  private readonly recent: number[] = [];
  /** How many requests it turned away with a 429. */
  rejected = 0;

  constructor(private readonly perSecond: number) {}

  /** Seconds to wait if this request is over the limit, else null (and the request counts). */
  check(now: number): number | null {
    while (this.recent.length > 0 && (this.recent[0] ?? 0) <= now - 1000) this.recent.shift();
    if (this.recent.length < this.perSecond) {
      this.recent.push(now);
      return null;
    }
    this.rejected++;
    const oldest = this.recent[0] ?? now;
    return Math.max(0.001, (oldest + 1000 - now) / 1000);
  }
}
