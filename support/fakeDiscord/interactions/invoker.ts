import { ApplicationIntegrationType, ChannelType, InteractionContextType, Locale, type APIInteractionGuildMember, type APIUser } from 'discord.js';
import type { FakeContext } from '../context.js';
import type { ChannelState, GuildState } from '../guilds.js';
import { DEFAULT_EVERYONE_PERMISSIONS } from '../permissions.js';
import type { InvokerOptions } from '../types.js';

/** The default human who clicks and types in tests. */
export const TEST_USER: APIUser = {
  id: '200000000000000001',
  username: 'tester',
  discriminator: '0',
  global_name: 'Tester',
  avatar: null,
};

/** The guild, channel and member an interaction comes from, resolved against the fake's state. */
export interface Invoker {
  guild: GuildState;
  channel: ChannelState;
  user: APIUser;
  member: APIInteractionGuildMember;
  memberPermissions: bigint;
  locale: Locale;
}

export function resolveInvoker(ctx: FakeContext, opts: InvokerOptions, channelId?: string): Invoker {
  const wantedChannel = channelId ?? opts.channelId;
  const channel = wantedChannel !== undefined
    ? ctx.guilds.channels.get(wantedChannel)
    : ctx.guilds.channelsOf(opts.guildId ?? [...ctx.guilds.guilds.keys()][0] ?? '').find((c) => c.type === ChannelType.GuildText);
  if (!channel) throw new Error(`fake-discord: no channel ${wantedChannel ?? '(default text channel)'} to send the interaction from`);
  const guild = ctx.guilds.guilds.get(channel.guildId);
  if (!guild) throw new Error(`fake-discord: channel ${channel.id} has no guild`);
  const user: APIUser = { ...TEST_USER, ...opts.user };
  const memberPermissions = opts.memberPermissions ?? DEFAULT_EVERYONE_PERMISSIONS;
  const member: APIInteractionGuildMember = {
    user,
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0 as APIInteractionGuildMember['flags'],
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
    communication_disabled_until: null,
    permissions: memberPermissions.toString(),
  };
  return { guild, channel, user, member, memberPermissions, locale: opts.locale ?? Locale.EnglishUS };
}

/** Fields every guild interaction carries; discord.js reads all of them when it builds an Interaction. */
export function interactionBase(ctx: FakeContext, inv: Invoker, id: string, token: string) {
  const rendered = ctx.guilds.renderChannel(inv.channel);
  const { permission_overwrites: _overwrites, ...channel } = rendered;
  return {
    id,
    token,
    application_id: ctx.applicationId,
    version: 1 as const,
    guild_id: inv.guild.id,
    guild: { id: inv.guild.id, locale: Locale.EnglishUS, features: [] },
    channel_id: inv.channel.id,
    channel,
    member: inv.member,
    app_permissions: ctx.guilds.botPermissionsIn(inv.channel).toString(),
    locale: inv.locale,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: inv.guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}
