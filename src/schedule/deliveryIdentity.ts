import { createHash } from 'node:crypto';

/** Discord accepts message nonces of at most 25 characters. */
export const NONCE_MAX_LENGTH = 25;

/**
 * The digest's Discord nonce: the same for every attempt at one channel's local day ('pb' plus 23
 * hex digits of a SHA-256), so Discord drops a duplicate re-post made within its nonce window.
 */
export function deliveryNonce(channelId: string, localDate: string): string {
  return `pb${createHash('sha256').update(`${channelId}/${localDate}`).digest('hex').slice(0, NONCE_MAX_LENGTH - 2)}`;
}

/** Text the digest's embed footer carries, by which a restart recognises a message it already posted. */
export function deliveryMarker(nonce: string): string {
  return `ref ${nonce}`;
}
