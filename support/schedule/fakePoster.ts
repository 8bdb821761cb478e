import { ComponentType } from 'discord.js';
import { z } from 'zod';
import type { Reply } from '../../src/replies/message.js';
import type { DigestPoster, PostResult } from '../../src/schedule/digestJob.js';

/** What the fake does with one post to a channel; 'ok' when nothing is scripted. */
export type Step =
  | 'ok'
  | 'gone'
  | 'forbidden'
  | 'retry'
  /** The message goes out but the answer is lost (timeout): returns retry. */
  | 'posted-then-timeout'
  | 'throw'
  /** The process dies before the message goes out. */
  | 'hang'
  /** The process dies after the message went out, before the bot hears back. */
  | 'posted-then-hang';

const STEPS: readonly Step[] = ['ok', 'gone', 'forbidden', 'retry', 'posted-then-timeout', 'throw', 'hang', 'posted-then-hang'];

/** Narrows a string (from a command line) to a Step. */
export function isStep(value: unknown): value is Step {
  return STEPS.some((s) => s === value);
}

/** A message as the fake Discord holds it (and as crashChild writes it to disk). */
export const postedMessageSchema = z.object({
  id: z.string(),
  channelId: z.string(),
  nonce: z.string(),
  footer: z.string(),
  title: z.string(),
  paperIds: z.array(z.string()),
});
export type PostedMessage = z.infer<typeof postedMessageSchema>;

/** The papers a digest reply offers in its menu (one per listed paper). */
export function menuPaperIds(reply: Reply): string[] {
  const ids: string[] = [];
  for (const row of reply.components ?? []) {
    for (const c of row.components) if (c.type === ComponentType.StringSelect) ids.push(...c.options.map((o) => o.value));
  }
  return ids;
}

export interface FakePosterOptions {
  /** Delay of every post, to make posts overlap. */
  delayMs?: number;
  /** Called as each post starts. */
  onCall?: (channelId: string) => void;
  /** Called as each message lands in the channel. */
  onMessage?: (message: PostedMessage) => void;
}

/**
 * A scripted stand-in for the Discord edge. `messages` is the channel state (pass one in to share
 * it with a "restarted" poster); it never de-duplicates by nonce, so a double post shows.
 */
export class FakePoster implements DigestPoster {
  readonly calls: { channelId: string; nonce: string; paperIds: string[] }[] = [];
  readonly findCalls: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly #steps = new Map<string, Step[]>();
  readonly #options: FakePosterOptions;
  #next = 1;

  constructor(readonly messages: PostedMessage[] = [], options: FakePosterOptions = {}) {
    this.#options = options;
    this.#next = messages.length + 1;
  }

  /** Queues what the next posts to `channelId` do. */
  script(channelId: string, ...steps: Step[]): this {
    this.#steps.set(channelId, [...(this.#steps.get(channelId) ?? []), ...steps]);
    return this;
  }

  /** Messages in one channel. */
  inChannel(channelId: string): PostedMessage[] {
    return this.messages.filter((m) => m.channelId === channelId);
  }

  async post(channelId: string, reply: Reply, nonce: string): Promise<PostResult> {
    const paperIds = menuPaperIds(reply);
    this.calls.push({ channelId, nonce, paperIds });
    this.#options.onCall?.(channelId);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const delayMs = this.#options.delayMs ?? 0;
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const step = this.#steps.get(channelId)?.shift() ?? 'ok';
      if (step === 'hang') return await new Promise<never>(() => undefined);
      if (step === 'gone') return { ok: false, kind: 'gone', error: '404 Unknown Channel' };
      if (step === 'forbidden') return { ok: false, kind: 'forbidden', error: '403 Missing Access' };
      if (step === 'retry') return { ok: false, kind: 'retry', error: '503 Service Unavailable' };
      if (step === 'throw') throw new Error('socket hang up');
      const embed = reply.embeds?.[0];
      const message = { id: `m${this.#next++}`, channelId, nonce, footer: embed?.footer?.text ?? '', title: embed?.title ?? '', paperIds };
      this.messages.push(message);
      this.#options.onMessage?.(message);
      if (step === 'posted-then-hang') return await new Promise<never>(() => undefined);
      if (step === 'posted-then-timeout') return { ok: false, kind: 'retry', error: 'request timed out' };
      return { ok: true, messageId: message.id };
    } finally {
      this.inFlight -= 1;
    }
  }

  findPosted(channelId: string, marker: string): Promise<string | null> {
    this.findCalls.push(channelId);
    return Promise.resolve(this.messages.find((m) => m.channelId === channelId && m.footer.includes(marker))?.id ?? null);
  }
}
