import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
} from 'discord.js';
import { asArray, asObject, type JsonObject } from './json.js';
import { nextSnowflake } from './snowflake.js';

/** Registered application commands, global and per guild, as Discord stores them. */
export class CommandStore {
  private readonly global: APIApplicationCommand[] = [];
  private readonly perGuild = new Map<string, APIApplicationCommand[]>();

  constructor(private readonly applicationId: string) {}

  list(guildId: string | null): APIApplicationCommand[] {
    return guildId === null ? this.global : (this.perGuild.get(guildId) ?? []);
  }

  /** Bulk overwrite: commands keep their id when a command of the same type and name existed. */
  overwrite(guildId: string | null, body: unknown[]): APIApplicationCommand[] {
    const before = this.list(guildId);
    const next = body.map((raw) => this.build(guildId, asObject(raw), before));
    if (guildId === null) this.global.splice(0, this.global.length, ...next);
    else this.perGuild.set(guildId, next);
    return next;
  }

  /** POST: create, or replace the command with the same type and name. */
  upsert(guildId: string | null, raw: JsonObject): { created: boolean; command: APIApplicationCommand } {
    const list = this.list(guildId);
    const command = this.build(guildId, raw, list);
    const index = list.findIndex((c) => c.id === command.id);
    const nextList = index === -1 ? [...list, command] : list.map((c, i) => (i === index ? command : c));
    this.overwrite(guildId, nextList);
    return { created: index === -1, command };
  }

  remove(guildId: string | null, id: string): boolean {
    const list = this.list(guildId);
    const kept = list.filter((c) => c.id !== id);
    if (kept.length === list.length) return false;
    this.overwrite(guildId, kept);
    return true;
  }

  /** The command a user would invoke by name in a guild: guild commands shadow global ones. */
  find(name: string, guildId: string | null, type = ApplicationCommandType.ChatInput): APIApplicationCommand | undefined {
    const match = (c: APIApplicationCommand): boolean => c.name === name && c.type === type;
    return (guildId === null ? undefined : this.perGuild.get(guildId)?.find(match)) ?? this.global.find(match);
  }

  private build(guildId: string | null, raw: JsonObject, existing: APIApplicationCommand[]): APIApplicationCommand {
    // Any number is kept as sent (checkCommandList does not judge the type), so it is typed, not narrowed.
    const type: ApplicationCommandType = typeof raw.type === 'number' ? raw.type : ApplicationCommandType.ChatInput;
    const name = String(raw.name);
    const previous = existing.find((c) => c.name === name && c.type === type);
    const perms = raw.default_member_permissions;
    return {
      id: previous?.id ?? nextSnowflake(),
      application_id: this.applicationId,
      version: nextSnowflake(),
      type,
      name,
      description: typeof raw.description === 'string' ? raw.description : '',
      default_member_permissions: typeof perms === 'string' ? perms : null,
      nsfw: raw.nsfw === true,
      contexts: asArray(raw.contexts ?? [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel]) as InteractionContextType[],
      integration_types: asArray(raw.integration_types ?? [ApplicationIntegrationType.GuildInstall]) as ApplicationIntegrationType[],
      // Validated by checkCommandList before it gets here.
      ...(raw.options === undefined ? {} : { options: asArray(raw.options) as APIApplicationCommandOption[] }),
      ...(guildId === null ? {} : { guild_id: guildId }),
      ...(raw.name_localizations === undefined ? {} : { name_localizations: asObject(raw.name_localizations) }),
      ...(raw.description_localizations === undefined ? {} : { description_localizations: asObject(raw.description_localizations) }),
    };
  }
}
