import {
  ApplicationCommandOptionType as Opt,
  ApplicationCommandType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIChatInputApplicationCommandInteractionData,
  type APIInteractionDataResolved,
} from 'discord.js';
import type { FakeContext } from '../context.js';
import type { CommandInput, OptionInput } from '../types.js';
import { TEST_USER, type Invoker } from './invoker.js';

type OptionDef = APIApplicationCommandOption & { choices?: { value: unknown }[]; required?: boolean; autocomplete?: boolean };

function inferType(value: OptionInput): Opt {
  if (typeof value === 'boolean') return Opt.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? Opt.Integer : Opt.Number;
  return Opt.String;
}

function fits(type: Opt, value: OptionInput): boolean {
  switch (type) {
    case Opt.Boolean:
      return typeof value === 'boolean';
    case Opt.Integer:
      return Number.isInteger(value);
    case Opt.Number:
      return typeof value === 'number';
    default:
      return typeof value === 'string';
  }
}

/** Adds what Discord resolves for channel/user/role option values. */
function resolve(ctx: FakeContext, inv: Invoker, type: Opt, id: string, resolved: APIInteractionDataResolved): void {
  if (type === Opt.Channel) {
    const channel = ctx.guilds.channels.get(id);
    if (!channel) throw new Error(`fake-discord: channel option refers to unknown channel ${id}`);
    resolved.channels = { ...resolved.channels, [id]: { id, name: channel.name, type: channel.type, permissions: inv.memberPermissions.toString() } };
  } else if (type === Opt.User || type === Opt.Mentionable) {
    const user = id === inv.user.id ? inv.user : { ...TEST_USER, id, username: `user${id.slice(-4)}`, global_name: null };
    const { user: _user, ...member } = inv.member;
    resolved.users = { ...resolved.users, [id]: user };
    resolved.members = { ...resolved.members, [id]: { ...member, permissions: member.permissions } };
  } else if (type === Opt.Role) {
    const role = ctx.guilds.renderRoles(inv.guild).find((r) => r.id === id);
    if (!role) throw new Error(`fake-discord: role option refers to unknown role ${id}`);
    resolved.roles = { ...resolved.roles, [id]: role };
  }
}

function basicOptions(
  ctx: FakeContext,
  inv: Invoker,
  where: string,
  defs: OptionDef[] | null,
  values: Record<string, OptionInput>,
  focused: string | undefined,
  resolved: APIInteractionDataResolved,
): APIApplicationCommandInteractionDataBasicOption[] {
  const out: APIApplicationCommandInteractionDataBasicOption[] = [];
  for (const [name, value] of Object.entries(values)) {
    const def = defs?.find((d) => d.name === name);
    if (defs && !def) throw new Error(`fake-discord: ${where} has no option "${name}" (it has: ${defs.map((d) => d.name).join(', ') || 'none'})`);
    const type = def?.type ?? inferType(value);
    if (name === focused) {
      if (def && def.autocomplete !== true) throw new Error(`fake-discord: ${where} option "${name}" is not registered with autocomplete`);
      out.push({ name, type, value: String(value), focused: true } as APIApplicationCommandInteractionDataBasicOption);
      continue;
    }
    if (!fits(type, value)) throw new Error(`fake-discord: ${where} option "${name}" has type ${Opt[type]}, got ${JSON.stringify(value)}`);
    if (def?.choices && def.choices.length > 0 && !def.choices.some((c) => c.value === value)) {
      throw new Error(`fake-discord: ${where} option "${name}" must be one of its choices, got ${JSON.stringify(value)}`);
    }
    if (typeof value === 'string' && [Opt.Channel, Opt.User, Opt.Role, Opt.Mentionable].includes(type)) resolve(ctx, inv, type, value, resolved);
    out.push({ name, type, value } as APIApplicationCommandInteractionDataBasicOption);
  }
  // The Discord client will not send a command with a required option missing (autocomplete may be partial).
  for (const def of defs ?? []) {
    if (def.required === true && focused === undefined && !(def.name in values)) {
      throw new Error(`fake-discord: ${where} requires option "${def.name}"`);
    }
  }
  return out;
}

/** The `data` of a chat-input interaction, checked against what the bot registered. */
export function commandData(ctx: FakeContext, input: CommandInput, inv: Invoker, focused?: string): APIChatInputApplicationCommandInteractionData {
  const command = ctx.commands.find(input.name, inv.guild.id);
  if (!command && input.unregistered !== true) {
    throw new Error(`fake-discord: /${input.name} is not registered globally or in guild ${inv.guild.id}; register it first or pass unregistered: true`);
  }
  let defs: OptionDef[] | null = command ? ((command.options ?? [])) : null;
  let where = `/${input.name}`;
  const path: { name: string; type: Opt.Subcommand | Opt.SubcommandGroup }[] = [];
  for (const [name, type] of [[input.subcommandGroup, Opt.SubcommandGroup], [input.subcommand, Opt.Subcommand]] as const) {
    if (name === undefined) continue;
    const def = defs?.find((d) => d.name === name && d.type === type);
    if (defs && !def) throw new Error(`fake-discord: ${where} has no ${Opt[type]} "${name}"`);
    defs = def ? (((def as { options?: OptionDef[] }).options ?? [])) : null;
    where += ` ${name}`;
    path.push({ name, type });
  }
  const resolved: APIInteractionDataResolved = {};
  let options: APIApplicationCommandInteractionDataOption[] = basicOptions(ctx, inv, where, defs, input.options ?? {}, focused, resolved);
  for (const level of path.reverse()) {
    options = [{ name: level.name, type: level.type, options } as APIApplicationCommandInteractionDataOption];
  }
  return {
    id: command?.id ?? '300000000000000001',
    name: input.name,
    type: ApplicationCommandType.ChatInput,
    ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
    ...(options.length > 0 ? { options } : {}),
    ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
  };
}
