import type { Reply } from './message.js';
import { COLORS } from './colors.js';

export interface HelpEntry {
  usage: string;
  what: string;
  example: string;
}

/** `/help`: each command with what it does and an example. */
export function helpReply(entries: readonly HelpEntry[], paperCount: number): Reply {
  return {
    embeds: [
      {
        title: 'paperboy — research papers on Discord',
        description: `I know ${paperCount} papers from the trending digests. Everything I say comes from their titles and abstracts.`,
        color: COLORS.notice,
        fields: entries.map((e) => ({ name: e.usage, value: `${e.what}\nExample: \`${e.example}\`` })),
      },
    ],
    ephemeral: true,
  };
}
