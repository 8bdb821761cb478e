import { SlashCommandBuilder } from 'discord.js';
import { askQuestion } from '../src/answer/askQuestion.js';
import { answerReply } from '../src/replies/answerReply.js';
import type { AppContext } from '../src/context.js';
import type { Command } from '../src/discord/command.js';
import { parseAskModalId, parsePaperActionId } from '../src/replies/customIds.js';
import { requireText } from '../src/discord/options.js';
import { ASK_QUESTION_FIELD, askModal } from '../src/replies/askModal.js';
import { safeClip } from '../src/replies/safeText.js';
import { send } from '../src/discord/send.js';
import { UserError } from '../src/errors.js';
import { paperById } from '../src/search/library.js';
import { lookup } from '../src/search/lookup.js';
import { suggest } from '../src/search/suggest.js';

/** The paper a `paper:` option names: an autocomplete id, or any title/name lookup finds. */
function pinnedPaper(ctx: AppContext, text: string | null): string | undefined {
  if (text === null || text.trim().length === 0) return undefined;
  const found = lookup(ctx.library.current(), text, 0).paper;
  if (found === null) throw new UserError(`I can’t find the paper “${safeClip(text, 80)}”. Pick one from the suggestions, or leave \`paper\` empty.`);
  return found.id;
}

async function answer(ctx: AppContext, question: string, paperId: string | undefined) {
  const library = ctx.library.current();
  const result = await askQuestion(library, question, paperId === undefined ? {} : { paperId }, { llm: ctx.config.llm, logger: ctx.logger, signal: ctx.shutdown });
  return answerReply(result, question);
}

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question; answered from the papers’ abstracts, with citations')
    .addStringOption((o) => o.setName('question').setDescription('e.g. How much faster is FlashAttention? Which papers compress the KV cache?').setRequired(true).setMaxLength(300))
    .addStringOption((o) => o.setName('paper').setDescription('Ask about this paper only').setAutocomplete(true).setMaxLength(200)),
  async execute(interaction, ctx) {
    const question = requireText(interaction.options.getString('question'), 'a question', '/ask question:What is PLANSEARCH?', 300);
    const paperId = pinnedPaper(ctx, interaction.options.getString('paper'));
    // Retrieval is fast, but a configured language model may not be: acknowledge first.
    await interaction.deferReply();
    await send(interaction, await answer(ctx, question, paperId));
  },
  async autocomplete(interaction, ctx) {
    const choices = suggest(ctx.library.current(), interaction.options.getFocused()).map((s) => ({ name: s.label, value: s.id }));
    await interaction.respond(choices);
  },
  components: {
    async ask(interaction, ctx) {
      const parsed = parsePaperActionId(interaction.customId);
      const paper = parsed === null ? undefined : paperById(ctx.library.current(), parsed.paperId);
      if (paper === undefined || !interaction.isButton()) throw new UserError('That paper is no longer in my catalogue. Try /search.');
      await interaction.showModal(askModal(paper));
    },
    async askq(interaction, ctx) {
      const paperId = parseAskModalId(interaction.customId);
      if (!interaction.isModalSubmit() || paperId === null || paperById(ctx.library.current(), paperId) === undefined) {
        throw new UserError('That paper is no longer in my catalogue. Try /search.');
      }
      const question = requireText(interaction.fields.getTextInputValue(ASK_QUESTION_FIELD), 'a question', 'How much faster is it?', 300);
      await interaction.deferReply();
      await send(interaction, await answer(ctx, question, paperId));
    },
  },
} satisfies Command;
