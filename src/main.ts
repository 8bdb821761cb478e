import { config as loadDotenv } from 'dotenv';
import { startBot } from './bot.js';
import { loadConfig } from './config.js';
import { LibraryHolder, offsetClock, type AppContext } from './context.js';
import { loadDigests } from './digest/loadDigests.js';
import { loadCommands } from './discord/loadCommands.js';
import { ConfigError, describeError } from './errors.js';
import { createLogger } from './logger.js';
import { buildLibrary } from './search/library.js';

loadDotenv({ quiet: true, path: process.env.DOTENV_CONFIG_PATH ?? '.env' });

let config;
try {
  config = loadConfig(process.env, { requireToken: true });
} catch (error) {
  process.stderr.write(`paperboy: ${error instanceof ConfigError ? error.message : describeError(error)}\n`);
  process.exit(1);
}
const token = config.discordToken ?? '';
const logger = createLogger({ level: config.logLevel, secrets: [token, config.llm?.apiKey ?? ''] });

try {
  const clock = offsetClock(config.clockStart);
  const started = Date.now();
  const catalogue = await loadDigests(config.digestsDir);
  for (const warning of catalogue.warnings) logger.warn(warning);
  const library = new LibraryHolder(buildLibrary(catalogue, clock.now()));
  logger.info('catalogue loaded', { papers: catalogue.papers.length, entries: catalogue.entryCount, ms: Date.now() - started });
  const ctx: AppContext = { config, logger, clock, library };
  const commands = await loadCommands();
  const bot = await startBot(ctx, commands, token);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    void bot.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error: describeError(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  const message = describeError(error);
  const hint = /TokenInvalid|401|An invalid token/i.test(message) ? ' — Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (Bot → Reset Token) and update .env' : '';
  logger.error(`start-up failed${hint}`, { error: message });
  process.exit(1);
}
