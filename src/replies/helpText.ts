import type { HelpEntry } from './helpReply.js';

/** What /help lists, by command name; a test checks every loaded command has an entry. */
export const HELP: Record<string, HelpEntry> = {
  paper: { usage: '/paper query:<title, name or id>', what: 'Shows one paper: abstract, authors, date, upvotes, code and reading links. Suggests titles as you type.', example: '/paper query:FlashAttention' },
  search: { usage: '/search topic:<words> [limit:]', what: 'Papers about a topic, best first, 5 per page with Previous/Next.', example: '/search topic:kv cache quantization' },
  ask: { usage: '/ask question: [paper:]', what: 'An answer quoted from the abstracts, citing the papers it came from. Says so plainly when the abstracts don’t say. The “Ask about this paper” button on /paper asks about one paper.', example: '/ask question:How much faster is FlashAttention than standard attention?' },
  trending: { usage: '/trending [topic:] [count:]', what: 'What is trending now, ranked like the daily digest (recent, upvoted, listed by several digests).', example: '/trending topic:speculative decoding' },
  subscribe: { usage: '/subscribe [topics:] [time:] [timezone:] [count:] [channel:]', what: 'Moderators: a daily digest of trending papers in a channel, at its own local time. `-word` excludes.', example: '/subscribe topics:kv cache, diffusion -survey time:09:00 timezone:Europe/Berlin' },
  unsubscribe: { usage: '/unsubscribe [channel:] [topic:]', what: 'Moderators: stop a channel’s digest, or drop one topic.', example: '/unsubscribe topic:diffusion' },
  subscriptions: { usage: '/subscriptions', what: 'This server’s digests: topics, schedule, next and last delivery.', example: '/subscriptions' },
  status: { usage: '/status', what: 'Papers in the catalogue, the newest listing day, how the live Daily Papers feed is doing, this server’s next digest.', example: '/status' },
  help: { usage: '/help', what: 'This list.', example: '/help' },
};
