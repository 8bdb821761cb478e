// First, before anything else loads: a SIGHUP during start-up must not kill the bot.
import { handOverSighup } from './startupSignals.js';
import { config as loadDotenv } from 'dotenv';
import { startApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { ConfigError, describeError } from './errors.js';
import { createLogger } from './logger.js';
import { watchNpmParent } from './watchParent.js';

// `npm start`: configuration from the environment (and .env), then the bot until SIGINT/SIGTERM.
loadDotenv({ quiet: true, path: process.env.DOTENV_CONFIG_PATH ?? '.env' });

let config: Config;
try {
  config = loadConfig(process.env, { requireToken: true });
} catch (error) {
  process.stderr.write(`paperboy: ${error instanceof ConfigError ? error.message : describeError(error)}\n`);
  process.exit(1);
}
const token = config.discordToken ?? '';
const logger = createLogger({ level: config.logLevel, secrets: [token, config.llm?.apiKey ?? ''] });

/** A hint for the failures a user can fix, appended to "start-up failed". */
function startupHint(message: string): string {
  if (/TokenInvalid|401|An invalid token/i.test(message)) {
    return ' — Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (Bot → Reset Token) and update .env';
  }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|fetch failed/i.test(message)) {
    const where = config.discordApiBaseUrl === null ? 'discord.com' : `DISCORD_API_BASE_URL ${config.discordApiBaseUrl}`;
    return ` — cannot reach the Discord API at ${where}`;
  }
  return '';
}

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
  handOverSighup(() => {
    logger.info('SIGHUP: re-reading the digest folder');
    void app.reloadDigests();
  });
  watchNpmParent(() => shutdown('npm exited'));
} catch (error) {
  const message = describeError(error);
  // A ConfigError already names the variable and the fix; anything else gets a hint when one helps.
  if (error instanceof ConfigError) logger.error(`start-up failed: ${error.message}`);
  else logger.error(`start-up failed${startupHint(message)}`, { error: message });
  process.exit(1);
}
