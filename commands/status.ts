import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { statusReply } from '../src/replies/statusReply.js';
import { send } from '../src/discord/send.js';
import { collectStatus } from '../src/status/collectStatus.js';

export default {
  data: new SlashCommandBuilder().setName('status').setDescription('How paperboy is doing: papers, live feed, next digest here'),
  async execute(interaction, ctx) {
    await send(interaction, statusReply(await collectStatus(ctx, interaction.guildId)));
  },
} satisfies Command;
