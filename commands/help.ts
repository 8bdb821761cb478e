import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { helpReply } from '../src/replies/helpReply.js';
import { HELP } from '../src/replies/helpText.js';
import { send } from '../src/discord/send.js';

export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What paperboy can do, with examples'),
  async execute(interaction, ctx) {
    await send(interaction, helpReply(Object.values(HELP), ctx.library.current().papers.length));
  },
} satisfies Command;
