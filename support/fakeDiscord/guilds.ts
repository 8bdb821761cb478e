import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  type RoleFlags,
  type APIGuild,
  type APIGuildMember,
  type APIOverwrite,
  type APIRole,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord.js';
import { computePermissions, DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS, exactMemberOverwrite } from './permissions.js';
import { nextSnowflake } from './snowflake.js';
import type { ChannelSpec, GuildSpec } from './types.js';

const SUPPORTED_CHANNEL_TYPES = new Set<ChannelType>([ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildVoice, ChannelType.GuildCategory]);

/** A guild channel as it appears in GUILD_CREATE and GET /channels/:id. */
export type GuildChannelPayload = GatewayGuildCreateDispatchData['channels'][number];

export interface ChannelState {
  id: string;
  guildId: string;
  name: string;
  type: ChannelType;
  position: number;
  parentId: string | null;
  topic: string | null;
  overwrites: APIOverwrite[];
  lastMessageId: string | null;
}

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  everyonePermissions: bigint;
  botRoleId: string;
  botPermissions: bigint;
  /** False once the bot was removed (GUILD_DELETE without `unavailable`). */
  botIsMember: boolean;
}

/** Guilds and channels the bot can see, and how they look on the wire. */
export class GuildStore {
  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();

  constructor(private readonly botUser: APIUser) {}

  addGuild(spec: GuildSpec): GuildState {
    const guild: GuildState = {
      id: spec.id ?? nextSnowflake(),
      name: spec.name ?? 'Test Guild',
      ownerId: spec.ownerId ?? nextSnowflake(),
      joinedAt: new Date().toISOString(),
      everyonePermissions: spec.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
      botRoleId: nextSnowflake(),
      botPermissions: spec.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      botIsMember: true,
    };
    this.guilds.set(guild.id, guild);
    const channels = spec.channels ?? [{ name: 'general' }];
    channels.forEach((channel, position) => this.addChannel(guild.id, channel, position));
    return guild;
  }

  addChannel(guildId: string, spec: ChannelSpec, position = 0): ChannelState {
    const type = spec.type ?? ChannelType.GuildText;
    if (!SUPPORTED_CHANNEL_TYPES.has(type)) throw new Error(`fake-discord: channel type ${ChannelType[type]} is not supported (text, announcement, voice, category)`);
    const channel: ChannelState = {
      id: spec.id ?? nextSnowflake(),
      guildId,
      name: spec.name,
      type,
      position,
      parentId: spec.parentId ?? null,
      topic: spec.topic ?? null,
      overwrites: spec.botPermissions === undefined ? [] : [exactMemberOverwrite(this.botUser.id, spec.botPermissions)],
      lastMessageId: null,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  channelsOf(guildId: string): ChannelState[] {
    return [...this.channels.values()].filter((c) => c.guildId === guildId);
  }

  /** The bot's effective permissions in a channel, computed as Discord does. */
  botPermissionsIn(channel: ChannelState): bigint {
    const guild = this.guilds.get(channel.guildId);
    if (!guild) return 0n;
    return computePermissions({
      guildId: guild.id,
      ownerId: guild.ownerId,
      memberId: this.botUser.id,
      roleIds: [guild.botRoleId],
      rolePermissions: new Map([
        [guild.id, guild.everyonePermissions],
        [guild.botRoleId, guild.botPermissions],
      ]),
      overwrites: channel.overwrites,
    });
  }

  /** Replaces the bot's member overwrite so it has exactly `permissions` in the channel. */
  setBotPermissions(channel: ChannelState, permissions: bigint): void {
    channel.overwrites = [
      ...channel.overwrites.filter((o) => o.id !== this.botUser.id),
      exactMemberOverwrite(this.botUser.id, permissions),
    ];
  }

  renderChannel(c: ChannelState): GuildChannelPayload {
    const base = {
      id: c.id,
      guild_id: c.guildId,
      name: c.name,
      position: c.position,
      permission_overwrites: c.overwrites,
      parent_id: c.parentId,
      nsfw: false,
      flags: 0,
    };
    switch (c.type) {
      case ChannelType.GuildCategory:
        return { ...base, type: c.type, parent_id: null };
      case ChannelType.GuildVoice:
        return { ...base, type: c.type, bitrate: 64_000, user_limit: 0, rtc_region: null, last_message_id: null, rate_limit_per_user: 0 };
      case ChannelType.GuildAnnouncement:
        return { ...base, type: c.type, topic: c.topic, last_message_id: c.lastMessageId, default_auto_archive_duration: 1440 };
      default:
        return { ...base, type: ChannelType.GuildText, topic: c.topic, last_message_id: c.lastMessageId, rate_limit_per_user: 0, default_auto_archive_duration: 1440 };
    }
  }

  renderRoles(g: GuildState): APIRole[] {
    const role = (id: string, name: string, position: number, permissions: bigint, managed: boolean): APIRole => ({
      id, name, position, managed,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      permissions: permissions.toString(),
      mentionable: false,
      // An empty bitfield: discord-api-types models flags as enums without a zero member.
      flags: 0 as RoleFlags,
      ...(managed ? { tags: { bot_id: this.botUser.id } } : {}),
    });
    return [role(g.id, '@everyone', 0, g.everyonePermissions, false), role(g.botRoleId, this.botUser.username, 1, g.botPermissions, true)];
  }

  renderBotMember(g: GuildState): APIGuildMember {
    return {
      user: this.botUser,
      roles: [g.botRoleId],
      joined_at: g.joinedAt,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
    };
  }

  renderGuild(g: GuildState): APIGuild {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: g.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: this.renderRoles(g),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
    };
  }

  /** The GUILD_CREATE payload: everything discord.js needs to cache the guild, its channels and the bot member. */
  renderGuildCreate(g: GuildState): GatewayGuildCreateDispatchData {
    return {
      ...this.renderGuild(g),
      joined_at: g.joinedAt,
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [this.renderBotMember(g)],
      channels: this.channelsOf(g.id).map((c) => this.renderChannel(c)),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
