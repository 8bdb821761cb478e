import type { HelpEntry } from './helpReply.js';

/** What /help lists, by command name; a test checks every loaded command has an entry. */
export const HELP: Record<string, HelpEntry> = {
  paper: { usage: '/paper query:<title, name or id>', what: 'Shows one paper: abstract, authors, date, upvotes, code and reading links. Suggests titles as you type.', example: '/paper query:FlashAttention' },
  search: { usage: '/search topic:<words> [limit:]', what: 'Papers about a topic, best first, 5 per page with Previous/Next.', example: '/search topic:kv cache quantization' },
  help: { usage: '/help', what: 'This list.', example: '/help' },
};
