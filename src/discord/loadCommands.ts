import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commandSchema, type Command } from './command.js';

/** The repository's `commands/` folder. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * Imports every command module in `dir` and checks its shape, names and component prefixes, so a
 * broken or duplicated module stops start-up with a message naming the file.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Command[]> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_')).sort();
  const commands: Command[] = [];
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    const exported = (mod as { default?: unknown }).default;
    const checked = commandSchema.safeParse(exported);
    if (!checked.success) {
      const where = checked.error.issues[0]?.path.join('.') || 'default export';
      throw new Error(`commands: ${file}: default export is not a command (${where}: ${checked.error.issues[0]?.message ?? 'invalid'})`);
    }
    const command = exported as Command;
    if (names.has(command.data.name)) throw new Error(`commands: ${file}: duplicate command name "${command.data.name}"`);
    names.add(command.data.name);
    for (const prefix of Object.keys(command.components ?? {})) {
      if (prefixes.has(prefix)) throw new Error(`commands: ${file}: component prefix "${prefix}" is already handled by another command`);
      prefixes.add(prefix);
    }
    commands.push(command);
  }
  if (commands.length === 0) throw new Error(`commands: no command modules found in ${dir}`);
  return commands;
}
