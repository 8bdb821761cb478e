import type { Interaction } from 'discord.js';
import type { AppContext } from '../context.js';
import type { InteractionKind, InteractionOutcome } from '../ops/metrics.js';
import { UserError, describeError } from '../errors.js';
import type { Command, ComponentHandler } from './command.js';
import { customIdPrefix } from '../replies/customIds.js';
import { send } from './send.js';

export const APOLOGY = 'Sorry — something went wrong on my side while answering that. It has been logged; please try again in a moment.';
/** What an interaction still unanswered when shutdown's drain runs out gets instead of "thinking…" forever. */
export const SHUTDOWN_APOLOGY = 'Sorry — paperboy is restarting and could not finish this answer. Please ask again in a minute.';
/** How long shutdown waits for those apologies to reach Discord. */
const APOLOGY_TIMEOUT_MS = 2_000;

/** Routes interactions to command modules and owns the single error path. */
export interface Dispatcher {
  handle(interaction: Interaction): Promise<void>;
  /**
   * Graceful shutdown: waits up to `deadlineMs` for the interactions in flight, then answers each
   * one still unanswered with a short apology; resolves with how many got one.
   */
  drain(deadlineMs: number): Promise<number>;
}

/** Builds the dispatcher over the loaded commands. */
export function createDispatcher(commands: readonly Command[], ctx: AppContext): Dispatcher {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const components = new Map<string, ComponentHandler>();
  for (const command of commands) {
    for (const [prefix, handler] of Object.entries(command.components ?? {})) components.set(prefix, handler);
  }
  const inFlight = new Map<Promise<void>, Interaction>();

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
    let outcome: InteractionOutcome = 'ok';
    const work = route(interaction).catch(async (error: unknown) => {
      outcome = error instanceof UserError ? 'user_error' : 'error';
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
    inFlight.set(work, interaction);
    try {
      await work;
    } finally {
      inFlight.delete(work);
      const ms = Date.now() - started;
      ctx.metrics.interaction(name, interactionKind(interaction), outcome, ms / 1000);
      ctx.logger.debug('interaction handled', { interactionId: interaction.id, command: name, outcome, ms });
    }
  };

  return {
    handle,
    drain: async (deadlineMs) => {
      const deadline = Date.now() + deadlineMs;
      while (inFlight.size > 0 && Date.now() < deadline) await Promise.race([Promise.allSettled([...inFlight.keys()]), sleep(deadline - Date.now())]);
      const left = [...inFlight.values()];
      if (left.length === 0) return 0;
      ctx.logger.warn('shutdown: interactions still running at the deadline get an apology', { count: left.length });
      const apologize = async (interaction: Interaction): Promise<void> => {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable() && !interaction.replied) {
          await send(interaction, { content: SHUTDOWN_APOLOGY, ephemeral: true });
        }
      };
      const sent = left.map((interaction) =>
        apologize(interaction).catch((error: unknown) => {
          ctx.logger.warn('could not deliver the shutdown apology', { interactionId: interaction.id, error: describeError(error) });
        }),
      );
      await Promise.race([Promise.allSettled(sent), sleep(APOLOGY_TIMEOUT_MS)]);
      return left.length;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());
}

function interactionKind(interaction: Interaction): InteractionKind {
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isChatInputCommand()) return 'command';
  if (interaction.isMessageComponent()) return 'component';
  if (interaction.isModalSubmit()) return 'modal';
  return 'other';
}

function describeInteraction(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return `/${interaction.commandName}`;
  if (interaction.isMessageComponent() || interaction.isModalSubmit()) return `component ${customIdPrefix(interaction.customId)}`;
  return `interaction type ${interaction.type}`;
}
