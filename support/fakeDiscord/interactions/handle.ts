import type { MessageStore } from '../messages.js';
import type { FakeMessage, InteractionResult } from '../types.js';
import type { InteractionRecord } from './record.js';

function describe(rec: InteractionRecord): string {
  const lines = rec.requests.map((r) => `  ${r.method} ${r.path} → ${r.status}${r.injected ? ' (injected)' : ''}`);
  return `${rec.label} (interaction ${rec.id}); requests so far:\n${lines.length > 0 ? lines.join('\n') : '  none'}`;
}

/** The test's view of one interaction it sent to the bot. */
export class InteractionHandle {
  constructor(private readonly rec: InteractionRecord, private readonly messages: MessageStore) {}

  get id(): string {
    return this.rec.id;
  }

  get token(): string {
    return this.rec.token;
  }

  /** Resolves at the first successful callback, whatever its type (useful for checking the 3 s deadline). */
  waitForCallback(opts: { timeoutMs?: number } = {}): Promise<InteractionResult> {
    return this.waitFor(() => this.rec.firstResponseAt !== null, 'callback', opts.timeoutMs ?? 5000);
  }

  /**
   * Resolves when the user would see an answer: a reply/update/choices/modal callback,
   * or a deferral followed by an edit of @original or a follow-up.
   */
  waitForResponse(opts: { timeoutMs?: number } = {}): Promise<InteractionResult> {
    return this.waitFor(() => this.rec.finalAt !== null, 'final response', opts.timeoutMs ?? 5000);
  }

  /** The current state, or null if the bot has not answered yet. */
  result(): InteractionResult | null {
    if (this.rec.callbackType === null || this.rec.firstResponseAt === null) return null;
    const copy = (m: FakeMessage | undefined): FakeMessage | null => (m ? structuredClone(m) : null);
    const original = this.rec.originalMessageId === null ? undefined : this.messages.byId.get(this.rec.originalMessageId);
    const followUps = this.rec.followUpIds.map((id) => this.messages.byId.get(id)).filter((m): m is FakeMessage => m !== undefined);
    const originalShown = original !== undefined && this.rec.originalAnswered && !original.deleted;
    return {
      interactionId: this.rec.id,
      callbackType: this.rec.callbackType,
      firstResponseMs: this.rec.firstResponseAt - this.rec.dispatchedAt,
      finalResponseMs: this.rec.finalAt === null ? Number.NaN : this.rec.finalAt - this.rec.dispatchedAt,
      message: originalShown ? copy(original) : copy(followUps[0]),
      followUps: followUps.map((m) => structuredClone(m)),
      choices: this.rec.choices,
      modal: this.rec.modal,
      requests: [...this.rec.requests],
    };
  }

  private waitFor(done: () => boolean, what: string, timeoutMs: number): Promise<InteractionResult> {
    return new Promise((resolve, reject) => {
      const finish = (): void => {
        if (this.rec.closed && !done()) {
          clearTimeout(timer);
          this.rec.listeners.delete(finish);
          reject(new Error(`fake-discord: closed while waiting for ${what} for ${describe(this.rec)}`));
          return;
        }
        if (!done()) return;
        clearTimeout(timer);
        this.rec.listeners.delete(finish);
        const result = this.result();
        if (result) resolve(result);
        else reject(new Error(`fake-discord: internal error, no result for ${describe(this.rec)}`));
      };
      const timer = setTimeout(() => {
        this.rec.listeners.delete(finish);
        reject(new Error(`fake-discord: no ${what} within ${timeoutMs} ms for ${describe(this.rec)}`));
      }, timeoutMs);
      this.rec.listeners.add(finish);
      finish();
    });
  }
}
