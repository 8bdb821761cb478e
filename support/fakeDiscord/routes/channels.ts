import { GatewayDispatchEvents, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import type { FakeContext } from '../context.js';
import { asObject } from '../json.js';
import { apiError, json, type ApiRequest, type Route } from '../router.js';
import type { FakeMessage } from '../types.js';
import { checkMessageBody } from '../validate/message.js';
import { channelAccess, isResponse } from './access.js';

/** How long Discord remembers a nonce for `enforce_nonce`. */
const NONCE_WINDOW_MS = 5 * 60_000;

/** Channel reads and the bot's own channel messages (post, list, fetch, edit, delete). */
export function channelRoutes(ctx: FakeContext): Route[] {
  const ownMessage = (channelId: string, messageId: string | undefined): FakeMessage | undefined => {
    const message = messageId === undefined ? undefined : ctx.messages.byId.get(messageId);
    return message && message.channelId === channelId && !message.deleted && !message.ephemeral ? message : undefined;
  };

  const post = (req: ApiRequest) => {
    const access = channelAccess(ctx, req.params.channel);
    if (isResponse(access)) return access;
    if ((access.permissions & PermissionFlagsBits.SendMessages) === 0n) return apiError(403, 50013, 'Missing Permissions');
    if (req.files.length > 0 && (access.permissions & PermissionFlagsBits.AttachFiles) === 0n) return apiError(403, 50013, 'Missing Permissions');
    const body = asObject(req.body);
    const check = checkMessageBody(body, { creating: true, fileCount: req.files.length });
    if (!check.ok) return json(check.status, check.body);
    // With enforce_nonce, Discord answers a repeated nonce with the message it already created.
    if (body.enforce_nonce === true && body.nonce !== undefined) {
      const existing = ctx.messages
        .inChannel(access.channel.id)
        .find((m) => m.nonce === body.nonce && Date.now() - m.createdAt < NONCE_WINDOW_MS);
      if (existing) return json(200, ctx.messages.render(existing));
    }
    const message = ctx.messages.create({ channelId: access.channel.id, guildId: access.channel.guildId, body, files: req.files });
    access.channel.lastMessageId = message.id;
    const rendered = ctx.messages.render(message);
    ctx.gateway.dispatch(GatewayDispatchEvents.MessageCreate, { ...rendered, guild_id: access.channel.guildId }, { intent: GatewayIntentBits.GuildMessages });
    return json(200, rendered);
  };

  const validateBody = (creating: boolean) => (req: ApiRequest) => {
    const check = checkMessageBody(asObject(req.body), { creating, fileCount: req.files.length });
    return check.ok ? null : json(check.status, check.body);
  };

  const list = (req: ApiRequest) => {
    const access = channelAccess(ctx, req.params.channel);
    if (isResponse(access)) return access;
    // Without Read Message History Discord returns an empty list rather than an error.
    if ((access.permissions & PermissionFlagsBits.ReadMessageHistory) === 0n) return json(200, []);
    const limit = Math.min(100, Math.max(1, Number(req.query.limit ?? 50)));
    const { before, after } = req.query;
    const newestFirst = ctx.messages
      .inChannel(access.channel.id)
      .filter((m) => (before === undefined || BigInt(m.id) < BigInt(before)) && (after === undefined || BigInt(m.id) > BigInt(after)))
      .reverse();
    return json(200, newestFirst.slice(0, limit).map((m) => ctx.messages.render(m)));
  };

  const withMessage = (fn: (req: ApiRequest, message: FakeMessage) => ReturnType<Route['handle']>) => (req: ApiRequest) => {
    const access = channelAccess(ctx, req.params.channel);
    if (isResponse(access)) return access;
    const message = ownMessage(access.channel.id, req.params.message);
    return message ? fn(req, message) : apiError(404, 10008, 'Unknown Message');
  };

  return [
    {
      method: 'GET',
      pattern: '/channels/:channel',
      auth: true,
      handle: (req) => {
        const access = channelAccess(ctx, req.params.channel);
        return isResponse(access) ? access : json(200, ctx.guilds.renderChannel(access.channel));
      },
    },
    { method: 'POST', pattern: '/channels/:channel/messages', auth: true, handle: post, validate: validateBody(true) },
    { method: 'GET', pattern: '/channels/:channel/messages', auth: true, handle: list },
    { method: 'GET', pattern: '/channels/:channel/messages/:message', auth: true, handle: withMessage((_req, m) => json(200, ctx.messages.render(m))) },
    {
      method: 'PATCH',
      pattern: '/channels/:channel/messages/:message',
      auth: true,
      validate: validateBody(false),
      handle: withMessage((req, m) => {
        const body = asObject(req.body);
        const check = checkMessageBody(body, { creating: false, fileCount: req.files.length });
        if (!check.ok) return json(check.status, check.body);
        return json(200, ctx.messages.render(ctx.messages.edit(m, body, req.files)));
      }),
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channel/messages/:message',
      auth: true,
      handle: withMessage((_req, m) => {
        m.deleted = true;
        return json(204);
      }),
    },
  ];
}
