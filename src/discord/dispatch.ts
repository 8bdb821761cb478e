import type { Interaction } from 'discord.js';
import type { AppContext } from '../context.js';
import { UserError, describeError } from '../errors.js';
import type { Command, ComponentHandler } from './command.js';
import { customIdPrefix } from './customIds.js';
import { send } from './send.js';

export const APOLOGY = 'Sorry — something went wrong on my side while answering that. It has been logged; please try again in a moment.';

/** Routes interactions to command modules and owns the single error path. */
export interface Dispatcher {
  handle(interaction: Interaction): Promise<void>;
  /** Resolves when every interaction in flight has finished (graceful shutdown). */
  drain(): Promise<void>;
}

/** Builds the dispatcher over the loaded commands. */
export function createDispatcher(commands: readonly Command[], ctx: AppContext): Dispatcher {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const components = new Map<string, ComponentHandler>();
  for (const command of commands) {
    for (const [prefix, handler] of Object.entries(command.components ?? {})) components.set(prefix, handler);
  }
  const inFlight = new Set<Promise<void>>();

  const route = async (interaction: Interaction): Promise<void> => {
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      // Autocomplete must answer something; an unknown command gets no choices.
      if (command?.autocomplete === undefined) await interaction.respond([]);
      else await command.autocomplete(interaction, ctx);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (command === undefined) throw new UserError(`I don't know the command /${interaction.commandName} (any more). Try /help.`);
      await command.execute(interaction, ctx);
      return;
    }
    if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
      const handler = components.get(customIdPrefix(interaction.customId));
      if (handler === undefined) throw new UserError('This button belongs to an older version of paperboy. Run the command again.');
      await handler(interaction, ctx);
    }
  };

  const handle = async (interaction: Interaction): Promise<void> => {
    const started = Date.now();
    const name = describeInteraction(interaction);
    const work = route(interaction).catch(async (error: unknown) => {
      if (!(error instanceof UserError)) {
        ctx.logger.error('interaction failed', { interactionId: interaction.id, command: name, error: describeError(error), stack: error instanceof Error ? error.stack : undefined });
      }
      if (!interaction.isRepliable()) {
        if (interaction.isAutocomplete() && !interaction.responded) await interaction.respond([]).catch(() => undefined);
        return;
      }
      const message = error instanceof UserError ? error.message : APOLOGY;
      await send(interaction, { content: message, ephemeral: true }).catch((sendError: unknown) => {
        ctx.logger.warn('could not deliver error reply', { interactionId: interaction.id, command: name, error: describeError(sendError) });
      });
    });
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
      ctx.logger.debug('interaction handled', { interactionId: interaction.id, command: name, ms: Date.now() - started });
    }
  };

  return {
    handle,
    drain: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

function describeInteraction(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return `/${interaction.commandName}`;
  if (interaction.isMessageComponent() || interaction.isModalSubmit()) return `component ${customIdPrefix(interaction.customId)}`;
  return `interaction type ${interaction.type}`;
}
