import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { parsePaperActionId, parsePickedPaperId } from '../src/replies/customIds.js';
import { requireText } from '../src/discord/options.js';
import { notFoundReply, paperReply } from '../src/replies/paperReply.js';
import { relatedReply } from '../src/replies/relatedReply.js';
import { send } from '../src/discord/send.js';
import { UserError } from '../src/errors.js';
import { paperById } from '../src/search/library.js';
import { lookup } from '../src/search/lookup.js';
import { related } from '../src/search/related.js';
import { suggest } from '../src/search/suggest.js';
import type { AppContext } from '../src/context.js';

const STALE = 'That paper is no longer in my catalogue. Try /search.';

function currentPaper(ctx: AppContext, id: string | null) {
  const paper = id === null ? undefined : paperById(ctx.library.current(), id);
  if (paper === undefined) throw new UserError(STALE);
  return paper;
}

export default {
  data: new SlashCommandBuilder()
    .setName('paper')
    .setDescription('Show one paper by title, method name or id')
    .addStringOption((o) =>
      o.setName('query').setDescription('Part of the title or a method name, e.g. FlashAttention').setRequired(true).setAutocomplete(true).setMaxLength(200),
    ),
  async execute(interaction, ctx) {
    const query = requireText(interaction.options.getString('query'), 'a title or method name', '/paper query:FlashAttention');
    const found = lookup(ctx.library.current(), query);
    if (found.paper === null) {
      await send(interaction, notFoundReply(query, found.suggestions));
      return;
    }
    const closestTo = found.how === 'fuzzy' ? { query, alternatives: found.suggestions } : undefined;
    await send(interaction, paperReply(found.paper, { askButton: true, now: ctx.clock.now(), ...(closestTo === undefined ? {} : { closestTo }) }));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    const choices = suggest(ctx.library.current(), typed).map((s) => ({ name: s.label, value: s.id }));
    await interaction.respond(choices);
  },
  components: {
    async related(interaction, ctx) {
      const parsed = parsePaperActionId(interaction.customId);
      const paper = currentPaper(ctx, parsed?.paperId ?? null);
      const hits = related(ctx.library.current(), paper.id, 5, ctx.semantic?.current()).map((h) => h.paper);
      await send(interaction, relatedReply(paper, hits));
    },
    async pick(interaction, ctx) {
      if (!interaction.isStringSelectMenu()) throw new UserError(STALE);
      const paper = currentPaper(ctx, parsePickedPaperId(interaction.values[0]));
      await send(interaction, paperReply(paper, { askButton: true, ephemeral: true, now: ctx.clock.now() }));
    },
  },
} satisfies Command;
