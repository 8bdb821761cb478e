import { DiscordAPIError, HTTPError, Routes, type APIMessage, type REST } from 'discord.js';
import type { DigestPoster, PostResult } from '../schedule/digestJob.js';
import { describeError } from '../errors.js';
import { toMessageBody, type Reply } from '../replies/message.js';

// Discord's JSON error codes that mean the channel is gone or closed to the bot.
const GONE_CODES = new Set([10003, 10004]);
const FORBIDDEN_CODES = new Set([50001, 50013, 50007]);

/** Classifies a failed post: 404 → gone, 403 → forbidden, anything else may pass (retry). */
export function classifyPostError(error: unknown): PostResult {
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : -1;
    if (error.status === 404 || GONE_CODES.has(code)) return { ok: false, kind: 'gone', error: `${error.status} ${error.message}` };
    if (error.status === 403 || FORBIDDEN_CODES.has(code)) return { ok: false, kind: 'forbidden', error: `${error.status} ${error.message}` };
    return { ok: false, kind: 'retry', error: `${error.status} ${error.message}` };
  }
  if (error instanceof HTTPError) return { ok: false, kind: 'retry', error: `${error.status} ${error.message}` };
  return { ok: false, kind: 'retry', error: describeError(error) };
}

/**
 * Posts digests through discord.js's REST client (which honours 429s and the global limit) with
 * the delivery nonce and `enforce_nonce`, so a re-post of the same delivery is de-duplicated.
 */
export function createRestPoster(rest: REST, botUserId: () => string): DigestPoster<Reply> {
  return {
    async post(channelId, reply, nonce) {
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), {
          body: { ...toMessageBody(reply), nonce, enforce_nonce: true },
        })) as APIMessage;
        return { ok: true, messageId: message.id };
      } catch (error) {
        return classifyPostError(error);
      }
    },
    async findPosted(channelId, marker) {
      let messages: APIMessage[];
      try {
        messages = (await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: '50' }) })) as APIMessage[];
      } catch (error) {
        // A channel that is gone or closed holds no message we could find; the post will say so.
        if (classifyPostError(error).ok === false && error instanceof DiscordAPIError && (error.status === 404 || error.status === 403)) return null;
        throw error;
      }
      const me = botUserId();
      const found = messages.find((m) => m.author.id === me && m.embeds.some((e) => e.footer?.text.includes(marker) === true));
      return found?.id ?? null;
    },
  };
}
