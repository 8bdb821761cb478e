import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Paper } from '../digest/schema.js';
import { makeAskModalId } from './customIds.js';
import { LIMITS } from './limits.js';

/** The text input's custom id in the ask modal. */
export const ASK_QUESTION_FIELD = 'question';

/** "Ask about this paper": a modal with one question field, scoped to the paper by its custom id. */
export function askModal(paper: Paper): APIModalInteractionResponseCallbackData {
  const title = `Ask: ${paper.aliases[0] ?? paper.title}`;
  return {
    custom_id: makeAskModalId(paper.id),
    title: title.length <= LIMITS.modalTitle ? title : `${title.slice(0, LIMITS.modalTitle - 1)}…`,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: ASK_QUESTION_FIELD,
            label: 'Your question about this paper',
            style: TextInputStyle.Paragraph,
            min_length: 3,
            max_length: 300,
            required: true,
            placeholder: 'e.g. How much faster is it? Where is the code?',
          },
        ],
      },
    ],
  };
}
