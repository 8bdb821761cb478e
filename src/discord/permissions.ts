import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { UserError } from '../errors.js';

/** What the bot needs in a channel to post a digest. */
const POST_PERMISSIONS = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
] as const;

/**
 * Moderators only: the commands' default member permissions say so to Discord, and this checks
 * again at run time (server admins can override the defaults, and payloads can be forged).
 */
export function requireManageChannels(interaction: ChatInputCommandInteraction): void {
  if (!interaction.inGuild()) throw new UserError('Digests are set up per server channel — use this command in a server.');
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) !== true) {
    throw new UserError('Only members with the **Manage Channels** permission can change this server’s digests. Nothing was changed.');
  }
}

/** Why the bot could not post in `channelId` (missing permissions, unknown channel), or null when it can. */
export function cannotPostReason(interaction: ChatInputCommandInteraction, channelId: string): string | null {
  const guild = interaction.guild;
  const me = guild?.members.me ?? null;
  const channel = guild?.channels.cache.get(channelId) ?? null;
  const permissions = channelId === interaction.channelId && interaction.appPermissions !== null
    ? interaction.appPermissions
    : channel !== null && me !== null ? channel.permissionsFor(me) : null;
  if (permissions === null) return 'I can’t see that channel.';
  if (channel !== null && !channel.isTextBased()) return 'That is not a text channel.';
  const missing = POST_PERMISSIONS.filter(([flag]) => !permissions.has(flag)).map(([, name]) => name);
  return missing.length === 0 ? null : `I’m missing ${missing.map((m) => `**${m}**`).join(', ')} in <#${channelId}>.`;
}
