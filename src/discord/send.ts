import type { MessageComponentInteraction, ModalSubmitInteraction, RepliableInteraction } from 'discord.js';
import { toPayload, type Reply } from '../replies/message.js';

/**
 * Answers an interaction whatever state it is in: first reply, edit of a deferred reply, or a
 * follow-up. Everything goes through `toPayload`, so limits and mention safety always apply.
 */
export async function send(interaction: RepliableInteraction | MessageComponentInteraction | ModalSubmitInteraction, reply: Reply): Promise<void> {
  const payload = toPayload(reply);
  if (interaction.deferred && !interaction.replied) {
    const { flags: _flags, ...edit } = payload;
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}

/** Replaces the message a button or menu sits on (paging), or answers if it was already acknowledged. */
export async function updateMessage(interaction: MessageComponentInteraction | ModalSubmitInteraction, reply: Reply): Promise<void> {
  const { flags: _flags, ...payload } = toPayload(reply);
  if (interaction.deferred || interaction.replied) await interaction.editReply(payload);
  else if (interaction.isMessageComponent()) await interaction.update(payload);
  else await interaction.reply(toPayload(reply));
}
