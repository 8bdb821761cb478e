import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { boundedInt } from '../src/discord/options.js';
import { trendingReply } from '../src/replies/trendingReply.js';
import { send } from '../src/discord/send.js';
import { selectDigestPapers } from '../src/schedule/selectDigestPapers.js';
import { parseTopics } from '../src/subscriptions/parseSubscribeInput.js';

export default {
  data: new SlashCommandBuilder()
    .setName('trending')
    .setDescription('What is trending now, ranked as the daily digest ranks it')
    .addStringOption((o) => o.setName('topic').setDescription('Only papers about this, e.g. speculative decoding').setMaxLength(60))
    .addIntegerOption((o) => o.setName('count').setDescription('How many papers, 1–10 (default 5)').setMinValue(1).setMaxValue(10)),
  async execute(interaction, ctx) {
    const raw = interaction.options.getString('topic');
    const topics = parseTopics(raw === null ? null : raw.replace(/,/g, ' '));
    const count = boundedInt(interaction.options.getInteger('count'), 5, 1, 10, 'count');
    const picks = selectDigestPapers(ctx.library.current(), { topics, count }, new Set(), ctx.clock.now());
    await send(interaction, trendingReply(picks, topics[0]?.text ?? null));
  },
} satisfies Command;
