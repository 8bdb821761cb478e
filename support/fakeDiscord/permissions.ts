import { OverwriteType, PermissionFlagsBits, type APIOverwrite } from 'discord.js';

const P = PermissionFlagsBits;

export const ALL_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);

/** Roughly what a new guild's @everyone role gets. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.ReadMessageHistory | P.AddReactions | P.EmbedLinks | P.AttachFiles |
  P.UseApplicationCommands | P.UseExternalEmojis | P.CreateInstantInvite | P.ChangeNickname | P.Connect |
  P.Speak | P.SendMessagesInThreads | P.CreatePublicThreads;

/** What an invite link for a news bot usually asks for. */
export const DEFAULT_BOT_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory | P.UseApplicationCommands;

/**
 * Discord's permission algorithm (owner → roles → Administrator → @everyone, role and
 * member overwrites), the same one discord.js runs in `channel.permissionsFor(member)`.
 */
export function computePermissions(input: {
  guildId: string;
  ownerId: string;
  memberId: string;
  roleIds: readonly string[];
  rolePermissions: ReadonlyMap<string, bigint>;
  overwrites: readonly APIOverwrite[];
}): bigint {
  if (input.memberId === input.ownerId) return ALL_PERMISSIONS;
  let perms = input.rolePermissions.get(input.guildId) ?? 0n;
  for (const roleId of input.roleIds) perms |= input.rolePermissions.get(roleId) ?? 0n;
  if ((perms & P.Administrator) !== 0n) return ALL_PERMISSIONS;

  const everyone = input.overwrites.find((o) => o.id === input.guildId);
  if (everyone) perms = (perms & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const o of input.overwrites) {
    if (o.type === OverwriteType.Role && input.roleIds.includes(o.id)) {
      roleAllow |= BigInt(o.allow);
      roleDeny |= BigInt(o.deny);
    }
  }
  perms = (perms & ~roleDeny) | roleAllow;
  const member = input.overwrites.find((o) => o.type === OverwriteType.Member && o.id === input.memberId);
  if (member) perms = (perms & ~BigInt(member.deny)) | BigInt(member.allow);
  return perms;
}

/** A member overwrite that gives `memberId` exactly `permissions` in a channel (absent Administrator). */
export function exactMemberOverwrite(memberId: string, permissions: bigint): APIOverwrite {
  return {
    id: memberId,
    type: OverwriteType.Member,
    allow: permissions.toString(),
    deny: (ALL_PERMISSIONS & ~permissions).toString(),
  };
}
