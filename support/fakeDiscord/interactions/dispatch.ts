import {
  InteractionType,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIMessageComponentGuildInteraction,
  type APIModalSubmitGuildInteraction,
} from 'discord.js';
import type { FakeContext } from '../context.js';
import type { AutocompleteInput, CommandInput, ComponentInput, FakeMessage, ModalInput, SelectInput } from '../types.js';
import { commandData } from './commandPayload.js';
import { buttonData, modalData, selectData } from './componentPayload.js';
import { interactionBase, resolveInvoker } from './invoker.js';
import type { InteractionRecord } from './record.js';

export type InteractionKind =
  | { kind: 'command'; input: CommandInput }
  | { kind: 'autocomplete'; input: AutocompleteInput }
  | { kind: 'button'; input: ComponentInput }
  | { kind: 'select'; input: SelectInput }
  | { kind: 'modal'; input: ModalInput };

type Payload =
  | APIChatInputApplicationCommandGuildInteraction
  | APIApplicationCommandAutocompleteGuildInteraction
  | APIMessageComponentGuildInteraction
  | APIModalSubmitGuildInteraction;

type RecordSeed = Pick<InteractionRecord, 'type' | 'label' | 'guildId' | 'channelId' | 'componentMessageId'>;

function componentMessage(ctx: FakeContext, message: FakeMessage | string): FakeMessage {
  const id = typeof message === 'string' ? message : message.id;
  const stored = ctx.messages.byId.get(id);
  if (!stored || stored.deleted) throw new Error(`fake-discord: no message ${id} to interact with`);
  return stored;
}

/** The most recent modal the bot showed with this custom id, and where it was opened. */
function shownModal(ctx: FakeContext, customId: string): InteractionRecord | undefined {
  return [...ctx.interactions.values()].reverse().find((r) => r.modal?.custom_id === customId);
}

/** Builds the INTERACTION_CREATE payload Discord would send, plus what the fake tracks about it. */
export function buildInteraction(ctx: FakeContext, kind: InteractionKind, id: string, token: string): { payload: Payload; record: RecordSeed } {
  switch (kind.kind) {
    case 'command':
    case 'autocomplete': {
      const inv = resolveInvoker(ctx, kind.input);
      const focused = kind.kind === 'autocomplete' ? kind.input.focused : undefined;
      if (focused !== undefined && !(focused in (kind.input.options ?? {}))) {
        throw new Error(`fake-discord: focused option "${focused}" needs a (partial) value in options`);
      }
      const data = commandData(ctx, kind.input, inv, focused);
      const base = interactionBase(ctx, inv, id, token);
      const record = { label: `/${kind.input.name}`, guildId: inv.guild.id, channelId: inv.channel.id, componentMessageId: null };
      return kind.kind === 'command'
        ? { payload: { ...base, type: InteractionType.ApplicationCommand, data }, record: { ...record, type: InteractionType.ApplicationCommand } }
        : {
            // Same wire shape; discord-api-types only retypes the options for autocomplete (where `focused` may appear).
            payload: { ...base, type: InteractionType.ApplicationCommandAutocomplete, data: { ...data, options: data.options ?? [] } as APIApplicationCommandAutocompleteGuildInteraction['data'] },
            record: { ...record, type: InteractionType.ApplicationCommandAutocomplete } };
    }
    case 'button':
    case 'select': {
      const message = componentMessage(ctx, kind.input.message);
      const inv = resolveInvoker(ctx, kind.input, message.channelId);
      const data = kind.kind === 'button' ? buttonData(message, kind.input.customId) : selectData(message, kind.input);
      return {
        payload: { ...interactionBase(ctx, inv, id, token), type: InteractionType.MessageComponent, data, message: ctx.messages.render(message) },
        record: { type: InteractionType.MessageComponent, label: `${kind.kind}:${kind.input.customId}`, guildId: inv.guild.id, channelId: inv.channel.id, componentMessageId: message.id },
      };
    }
    case 'modal': {
      const opener = shownModal(ctx, kind.input.customId);
      const inv = resolveInvoker(ctx, kind.input, kind.input.channelId ?? opener?.channelId);
      const data = modalData(kind.input, opener?.modal ? { ...opener.modal } : null);
      const fromMessage = opener?.componentMessageId ? ctx.messages.byId.get(opener.componentMessageId) : undefined;
      return {
        payload: {
          ...interactionBase(ctx, inv, id, token),
          type: InteractionType.ModalSubmit,
          data,
          ...(fromMessage ? { message: ctx.messages.render(fromMessage) } : {}),
        },
        record: { type: InteractionType.ModalSubmit, label: `modal:${kind.input.customId}`, guildId: inv.guild.id, channelId: inv.channel.id, componentMessageId: fromMessage?.id ?? null },
      };
    }
  }
}
