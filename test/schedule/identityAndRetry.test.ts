import { describe, expect, it } from 'vitest';
import { deliveryMarker, deliveryNonce, NONCE_MAX_LENGTH } from '../../src/schedule/deliveryIdentity.js';
import { RETRY_POLICY, retryDelayMs, shouldGiveUp } from '../../src/schedule/retryPolicy.js';

describe('delivery identity', () => {
  it('is deterministic per channel and day, distinct otherwise, and fits Discord', () => {
    const a = deliveryNonce('123456789012345678901', '2026-03-10');
    expect(a).toBe(deliveryNonce('123456789012345678901', '2026-03-10'));
    expect(a).not.toBe(deliveryNonce('123456789012345678901', '2026-03-11'));
    expect(a).not.toBe(deliveryNonce('123456789012345678902', '2026-03-10'));
    expect(a).toMatch(/^pb[0-9a-f]{23}$/);
    expect(a.length).toBeLessThanOrEqual(NONCE_MAX_LENGTH);
    expect(deliveryMarker(a)).toBe(`ref ${a}`);
  });
});

describe('retry policy', () => {
  it('doubles from one minute, caps at thirty, gives up after eight attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 30, 30]);
    expect(shouldGiveUp(RETRY_POLICY.maxAttempts - 1)).toBe(false);
    expect(shouldGiveUp(RETRY_POLICY.maxAttempts)).toBe(true);
  });
});
