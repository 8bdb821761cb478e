import { Events, type Client, type Interaction } from 'discord.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { describeError } from './errors.js';
import type { Logger } from './logger.js';
import type { Command } from './discord/command.js';
import { createClient } from './discord/createClient.js';
import { createDispatcher } from './discord/dispatch.js';
import { registerCommands } from './discord/registerCommands.js';
import { send } from './discord/send.js';
import { shardViews } from './discord/shardViews.js';
import type { ShardView } from './ops/metrics.js';
import type { Sharding } from './shard/shardOf.js';

/** A running bot: stop() finishes what is in flight, then disconnects. */
export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/** A bot logging in while the rest of the app starts; serve() starts answering once it can. */
export interface ConnectingBot {
  /** Resolves once the gateway is ready and the commands are registered; rejects if Discord refuses the login. */
  connected: Promise<Client<true>>;
  /** Answers interactions (those that arrived meanwhile first), runs `onReady`, logs "ready". */
  serve(ctx: AppContext, onReady?: (client: Client<true>) => Promise<void>): Promise<RunningBot>;
  /** Disconnects a bot that will not serve (start-up failed elsewhere). */
  abort(): Promise<void>;
  /** The shards this process runs and how each is doing (empty before login). */
  shards(): ShardView[];
}

/** How long an interaction may wait for the library before it is told to come back (Discord allows 3 s). */
const HELD_INTERACTION_MAX_MS = 2_000;
const STARTING_UP = 'paperboy is starting up and still loading its papers — try again in a few seconds.';
/**
 * How long shutdown waits for interactions in flight before apologising to the rest. Model calls
 * are aborted when shutdown starts (ctx.shutdown), so /ask answers extractively well within it;
 * with the apologies (≤ 2 s) a stop fits in the 10 s containers allow by default.
 */
const DRAIN_TIMEOUT_MS = 7_000;

/**
 * Logs in and registers the commands without waiting for the library: the gateway handshake
 * overlaps loading the index, so a restart is ready sooner. Interactions that arrive before
 * serve() are held (Discord allows 3 s to answer) and handled first.
 */
export function connectBot(
  config: Pick<Config, 'discordApiBaseUrl' | 'discordGuildId'>,
  logger: Logger,
  commands: readonly Command[],
  token: string,
  sharding: Sharding,
): ConnectingBot {
  const client = createClient(config.discordApiBaseUrl, sharding);
  const early: Interaction[] = [];
  // Held too long (a first start indexing a big catalogue), an interaction gets a short "starting
  // up" answer instead of Discord's "the application did not respond".
  const tooEarly = async (interaction: Interaction): Promise<void> => {
    const at = early.indexOf(interaction);
    if (at < 0) return;
    early.splice(at, 1);
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable()) await send(interaction, { content: STARTING_UP, ephemeral: true });
    } catch (error) {
      logger.warn('could not answer an interaction during start-up', { error: describeError(error) });
    }
  };
  const hold = (interaction: Interaction): void => {
    early.push(interaction);
    setTimeout(() => void tooEarly(interaction), HELD_INTERACTION_MAX_MS).unref();
  };
  client.on(Events.InteractionCreate, hold);
  client.on(Events.Error, (error) => logger.error('discord client error', { error: describeError(error) }));
  client.on(Events.ShardDisconnect, (_event, shard) => logger.warn('gateway disconnected', { shard }));
  client.on(Events.ShardReady, (shard, unavailable) => logger.info('shard ready', { shard, of: sharding.count, unavailableGuilds: unavailable?.size ?? 0 }));
  client.rest.on('rateLimited', (info) => logger.warn('rate limited by Discord', { route: info.route, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope }));

  const ready = new Promise<Client<true>>((resolve) => {
    client.once(Events.ClientReady, (readyClient) => {
      void (async () => {
        try {
          const count = await registerCommands(readyClient.rest, readyClient.application.id, config.discordGuildId, commands);
          logger.info('commands registered', { count, scope: config.discordGuildId === null ? 'global' : 'guild' });
        } catch (error) {
          logger.error('command registration failed', { error: describeError(error) });
        }
        resolve(readyClient);
      })();
    });
  });
  const connected = client.login(token).then(() => ready);
  // Observed by serve() or by the caller; never an unhandled rejection in between.
  connected.catch(() => undefined);

  return {
    connected,
    async serve(ctx, onReady) {
      const readyClient = await connected;
      const dispatcher = createDispatcher(commands, ctx);
      const handler = (interaction: Interaction): void => {
        void dispatcher.handle(interaction);
      };
      client.off(Events.InteractionCreate, hold);
      client.on(Events.InteractionCreate, handler);
      for (const interaction of early.splice(0)) handler(interaction);
      await onReady?.(readyClient);
      ctx.logger.info('ready', {
        user: readyClient.user.tag,
        guilds: readyClient.guilds.cache.size,
        papers: ctx.library.current().papers.length,
        shards: sharding.ids,
        shardCount: sharding.count,
      });
      return {
        client,
        stop: async () => {
          client.off(Events.InteractionCreate, handler);
          await dispatcher.drain(DRAIN_TIMEOUT_MS);
          await client.destroy();
        },
      };
    },
    abort: () => client.destroy(),
    shards: () => shardViews(client),
  };
}
