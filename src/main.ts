import { config as loadDotenv } from 'dotenv';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { ConfigError, describeError } from './errors.js';
import { createLogger } from './logger.js';

// `npm start`: configuration from the environment (and .env), then the bot until SIGINT/SIGTERM.
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
  const app = await startApp(config, logger, token);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    app.stop().then(
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
  process.on('SIGHUP', () => {
    logger.info('SIGHUP: re-reading the digest folder');
    void app.reloadDigests();
  });
} catch (error) {
  const message = describeError(error);
  const hint = /TokenInvalid|401|An invalid token/i.test(message)
    ? ' — Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (Bot → Reset Token) and update .env'
    : '';
  logger.error(`start-up failed${hint}`, { error: message });
  process.exit(1);
}
