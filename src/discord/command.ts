import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { AppContext } from '../context.js';

/** Handles a button, select menu or modal whose custom id starts with the key it is registered under. */
export type ComponentHandler = (
  interaction: MessageComponentInteraction | ModalSubmitInteraction,
  ctx: AppContext,
) => Promise<void>;

/** One slash command module: `export default { data, execute, autocomplete?, components? } satisfies Command`. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /** Component handlers by custom id prefix (`search` handles `search:…`). */
  components?: Record<string, ComponentHandler>;
}

/** The structural check a module's default export must pass at start-up. */
export const commandSchema = z.object({
  data: z.object({ name: z.string().min(1), toJSON: z.function() }).loose(),
  execute: z.function(),
  autocomplete: z.function().optional(),
  components: z.record(z.string().regex(/^[a-z]{1,16}$/), z.function()).optional(),
});
