import { PermissionFlagsBits } from 'discord.js';
import type { FakeContext } from '../context.js';
import type { ChannelState } from '../guilds.js';
import { apiError, type ApiResponse } from '../router.js';

/** A channel the bot may act in, with its permissions there. */
export interface ChannelAccess {
  channel: ChannelState;
  permissions: bigint;
}

/** Looks a channel up as Discord would for this bot: 10003 if gone, 50001 if it cannot see it. */
export function channelAccess(ctx: FakeContext, channelId: string | undefined): ChannelAccess | ApiResponse {
  const channel = channelId === undefined ? undefined : ctx.guilds.channels.get(channelId);
  if (!channel) return apiError(404, 10003, 'Unknown Channel');
  const guild = ctx.guilds.guilds.get(channel.guildId);
  if (!guild?.botIsMember) return apiError(403, 50001, 'Missing Access');
  const permissions = ctx.guilds.botPermissionsIn(channel);
  if ((permissions & PermissionFlagsBits.ViewChannel) === 0n) return apiError(403, 50001, 'Missing Access');
  return { channel, permissions };
}

export function isResponse(value: ChannelAccess | ApiResponse): value is ApiResponse {
  return 'status' in value;
}
