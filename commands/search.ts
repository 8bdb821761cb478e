import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { parseSearchPageId } from '../src/replies/customIds.js';
import { boundedInt, requireText } from '../src/discord/options.js';
import { meaningOf } from '../src/discord/meaningOf.js';
import { searchPage } from '../src/replies/searchPage.js';
import { send, updateMessage } from '../src/discord/send.js';
import { UserError } from '../src/errors.js';

export default {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Papers about a topic, best first')
    .addStringOption((o) => o.setName('topic').setDescription('A few words, e.g. linear attention').setRequired(true).setMaxLength(200))
    .addIntegerOption((o) => o.setName('limit').setDescription('How many papers at most (default 25)').setMinValue(1).setMaxValue(50)),
  async execute(interaction, ctx) {
    const topic = requireText(interaction.options.getString('topic'), 'a topic', '/search topic:linear attention');
    const limit = boundedInt(interaction.options.getInteger('limit'), 25, 1, 50, 'limit');
    await send(interaction, searchPage(ctx.library.current(), topic, 0, limit, await meaningOf(ctx, topic)));
  },
  components: {
    async search(interaction, ctx) {
      const id = parseSearchPageId(interaction.customId);
      if (id === null) throw new UserError('That page button is not valid any more. Run /search again.');
      await updateMessage(interaction, searchPage(ctx.library.current(), id.topic, id.page, id.limit, await meaningOf(ctx, id.topic)));
    },
  },
} satisfies Command;
