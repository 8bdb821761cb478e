import { config as loadDotenv } from 'dotenv';
import { Routes, type APIApplication } from 'discord.js';
import { loadConfig } from './config.js';
import { loadCommands } from './discord/loadCommands.js';
import { createRest, registerCommands } from './discord/registerCommands.js';
import { describeError } from './errors.js';

loadDotenv({ quiet: true, path: process.env.DOTENV_CONFIG_PATH ?? '.env' });

// `npm run register`: bulk-overwrite the slash commands without starting the bot.
try {
  const config = loadConfig(process.env, { requireToken: true });
  const rest = createRest(config.discordToken ?? '', config.discordApiBaseUrl);
  const app = (await rest.get(Routes.currentApplication())) as APIApplication;
  const count = await registerCommands(rest, app.id, config.discordGuildId, await loadCommands());
  process.stdout.write(`paperboy: registered ${count} commands ${config.discordGuildId === null ? 'globally (may take up to an hour to appear)' : `in server ${config.discordGuildId}`}\n`);
} catch (error) {
  process.stderr.write(`paperboy: ${describeError(error).replace(/^ConfigError: /, '')}\n`);
  process.exitCode = 1;
}
