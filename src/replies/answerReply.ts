import type { APIEmbed } from 'discord.js';
import { LIMITS } from './limits.js';
import type { Reply } from './message.js';
import { COLORS } from './colors.js';
import { safeClip } from './safeText.js';
import type { Answer } from '../answer/answer.js';

// Sized so that a full reply (title, text, five citations, footer) stays under Discord's 6,000
// characters across an embed: 256 + 1,870 + 5 × (150 + 600) + 70.
const DESCRIPTION_MAX = 1800;
const QUOTE_MAX = 600;
const TITLE_MAX = 150;
const MAX_FIELDS = 5;

const UNSURE = '⚠️ **Not sure** — the abstracts don\u2019t clearly answer this.';

/** A quote shown in quotation marks, with an ellipsis where it does not end a sentence. */
function shownQuote(quote: string): string {
  const cut = /[.!?)”"]$/.test(quote.trim()) ? '' : '…';
  return `“${safeClip(quote, QUOTE_MAX - 3)}${cut}”`;
}

/**
 * The reply to /ask: one embed titled with the question, the answer as its text, and one field per
 * citation ("[n] Title" and the quote). Untrusted text is escaped and clipped; answers that are not
 * confident say so at the top and in the footer.
 */
export function answerReply(answer: Answer, question: string): Reply {
  const fields: NonNullable<APIEmbed['fields']> = answer.citations.slice(0, MAX_FIELDS).map((c, i) => ({
    name: safeClip(`[${i + 1}] ${c.title}`, Math.min(TITLE_MAX, LIMITS.fieldName)),
    value: shownQuote(c.quote),
    inline: false,
  }));
  const body = safeClip(answer.answer, DESCRIPTION_MAX);
  const description = answer.confident ? body : `${UNSURE}\n\n${body}`;
  const footer = answer.confident
    ? 'Quoted from the paper abstracts in the digests.'
    : 'Low confidence: check the quotes, or try /search for related papers.';
  return {
    embeds: [{
      title: safeClip(question.trim().length > 0 ? question.trim() : 'Question', LIMITS.embedTitle),
      description,
      color: answer.confident ? COLORS.search : COLORS.notice,
      fields,
      footer: { text: footer },
    }],
  };
}
