import type { Paper } from '../digest/schema.js';
import type { Subscription } from '../subscriptions/subscription.js';

/** A paper chosen for a digest, with the topic (its text) that brought it in; null for general trending. */
export interface DigestPick {
  paper: Paper;
  topic: string | null;
}

/**
 * Everything one digest message shows: plain data the scheduler hands to the presentation layer's
 * payload builder (src/replies/digestReply.ts), which turns it into a message.
 */
export interface DigestView {
  papers: readonly DigestPick[];
  subscription: Pick<Subscription, 'topics' | 'time' | 'timezone'>;
  /** The subscriber's local date, 'YYYY-MM-DD'. */
  localDate: string;
  /** Delivery marker, carried verbatim in the footer (see deliveryMarker). */
  marker: string;
}
