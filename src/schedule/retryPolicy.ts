/** Backoff for posts that failed for a passing reason (5xx, network, timeout). */
export const RETRY_POLICY = { firstDelayMinutes: 1, maxDelayMinutes: 30, maxAttempts: 8 } as const;

/** Wait after `attempts` failed tries: 1, 2, 4, 8, 16, 30, 30 … minutes. */
export function retryDelayMs(attempts: number): number {
  const minutes = RETRY_POLICY.firstDelayMinutes * 2 ** Math.max(0, attempts - 1);
  return Math.min(minutes, RETRY_POLICY.maxDelayMinutes) * 60_000;
}

/** True once a delivery has failed so often that it is given up. */
export function shouldGiveUp(attempts: number): boolean {
  return attempts >= RETRY_POLICY.maxAttempts;
}
