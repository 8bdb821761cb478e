import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from './command.js';

/** The JSON Discord receives for our commands. */
export function commandPayloads(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

/**
 * Registers the commands with one bulk overwrite, so commands removed from `commands/` disappear:
 * to one server when `guildId` is set (instant), else globally (may take up to an hour to show).
 */
export async function registerCommands(rest: REST, applicationId: string, guildId: string | null, commands: readonly Command[]): Promise<number> {
  const route = guildId === null ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, guildId);
  const body = commandPayloads(commands);
  await rest.put(route, { body });
  return body.length;
}

/** A REST client pointed at Discord, or at DISCORD_API_BASE_URL when set. */
export function createRest(token: string, apiBaseUrl: string | null): REST {
  return new REST(apiBaseUrl === null ? {} : { api: apiBaseUrl }).setToken(token);
}
