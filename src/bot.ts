import { Events, type Client } from 'discord.js';
import type { AppContext } from './context.js';
import { describeError } from './errors.js';
import type { Command } from './discord/command.js';
import { createClient } from './discord/createClient.js';
import { createDispatcher } from './discord/dispatch.js';
import { registerCommands } from './discord/registerCommands.js';

/** A running bot: stop() finishes what is in flight, then disconnects. */
export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/** How long shutdown waits for interactions in flight before disconnecting anyway. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Logs in, registers the commands once the gateway is ready, and serves interactions. Resolves
 * once ready; rejects if Discord refuses the login.
 */
export async function startBot(ctx: AppContext, commands: readonly Command[], token: string, onReady?: (client: Client<true>) => Promise<void>): Promise<RunningBot> {
  const client = createClient(ctx.config.discordApiBaseUrl);
  const dispatcher = createDispatcher(commands, ctx);
  const handler = (interaction: Parameters<typeof dispatcher.handle>[0]): void => {
    void dispatcher.handle(interaction);
  };
  client.on(Events.InteractionCreate, handler);
  client.on(Events.Error, (error) => ctx.logger.error('discord client error', { error: describeError(error) }));
  client.on(Events.ShardDisconnect, (_event, shard) => ctx.logger.warn('gateway disconnected', { shard }));
  client.rest.on('rateLimited', (info) => ctx.logger.warn('rate limited by Discord', { route: info.route, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope }));

  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, (readyClient) => {
      void (async () => {
        try {
          const count = await registerCommands(readyClient.rest, readyClient.application.id, ctx.config.discordGuildId, commands);
          ctx.logger.info('commands registered', { count, scope: ctx.config.discordGuildId === null ? 'global' : 'guild' });
        } catch (error) {
          ctx.logger.error('command registration failed', { error: describeError(error) });
        }
        try {
          await onReady?.(readyClient);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        ctx.logger.info('ready', { user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, papers: ctx.library.current().papers.length });
        resolve();
      })();
    });
  });
  await client.login(token);
  await ready;

  return {
    client,
    stop: async () => {
      client.off(Events.InteractionCreate, handler);
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref());
      await Promise.race([dispatcher.drain(), timeout]);
      await client.destroy();
    },
  };
}
