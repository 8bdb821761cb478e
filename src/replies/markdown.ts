/**
 * Discord markdown, escaped in one place.
 *
 * Invariants:
 * - `escapeMarkdown` puts one backslash before every character that could start or close a
 *   construct Discord renders (the table below), and before every backslash, so no text is ever
 *   read as formatting, a mention, a link, an emoji or a timestamp.
 * - `unescapeMarkdown(escapeMarkdown(s)) === s` for every string: the backslash is the only thing
 *   added, and an original backslash is always doubled, so reading left to right is unambiguous.
 * - Escaping already-escaped text escapes it again (`\*` → `\\\*`, shown as `\*`): call it once,
 *   on untrusted text, and never on the result.
 */

/** A construct Discord renders, the characters that make it, and an example that would render. */
export interface MarkdownRule {
  name: string;
  example: string;
  /** Matches exactly the characters to put a backslash before. */
  pattern: RegExp;
}

// Line-start rules allow leading spaces (nested lists, indented quotes).
const LINE_START = String.raw`(?<=^[ \t]*)`;

/** Every construct Discord renders in message content, embed descriptions and field values. */
export const MARKDOWN_RULES: readonly MarkdownRule[] = [
  { name: 'escape', example: String.raw`\*not bold\*`, pattern: /\\/g },
  { name: 'bold, italic, bullet list', example: '**bold** *italic* * item', pattern: /\*/g },
  { name: 'underline, italic', example: '__underline__ _italic_', pattern: /_/g },
  { name: 'strikethrough', example: '~~gone~~', pattern: /~/g },
  { name: 'spoiler', example: '||hidden||', pattern: /\|/g },
  { name: 'inline code, code block', example: '`code` ```block```', pattern: /`/g },
  { name: 'masked link', example: '[text](https://example.com)', pattern: /[[\]]/g },
  {
    name: 'mention, channel, role, command mention, custom emoji, timestamp, autolink',
    example: '<@1> <@!1> <@&1> <#1> </ping:1> <:x:1> <a:x:1> <t:1700000000:R> <https://e.com>',
    pattern: /</g,
  },
  { name: 'mass mention', example: '@everyone @here', pattern: /@(?=everyone|here)/gi },
  { name: 'block quote', example: '> quote\n>>> rest', pattern: new RegExp(`${LINE_START}>`, 'gm') },
  { name: 'heading', example: '# h1\n## h2\n### h3', pattern: new RegExp(`${LINE_START}#`, 'gm') },
  { name: 'subtext, bullet list', example: '-# small\n- item', pattern: new RegExp(`${LINE_START}-`, 'gm') },
  { name: 'numbered list', example: '1. first', pattern: new RegExp(`${LINE_START}\\d+\\.`, 'gm') },
];

/** The characters `unescapeMarkdown` removes a backslash from (whatever the rules above escape). */
const ESCAPABLE = new Set(['\\', '*', '_', '~', '|', '`', '[', ']', '<', '@', '>', '#', '-', '.']);

/** Positions of characters that need a backslash, according to MARKDOWN_RULES. */
function positionsToEscape(text: string): Set<number> {
  const at = new Set<number>();
  for (const rule of MARKDOWN_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      // A numbered list marker matches "12." — only its dot needs the backslash.
      at.add((m.index ?? 0) + m[0].length - 1);
    }
  }
  return at;
}

/** Makes untrusted text render as itself in Discord: one backslash before every markdown character. */
export function escapeMarkdown(text: string): string {
  const at = positionsToEscape(text);
  if (at.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += at.has(i) ? `\\${text[i]}` : text[i];
  return out;
}

/** The inverse of `escapeMarkdown`: drops the backslash before each escaped character. */
export function unescapeMarkdown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const next = text[i + 1];
    if (text[i] === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      out += next;
      i++;
    } else {
      out += text[i];
    }
  }
  return out;
}

/**
 * Mention syntax, broken with a zero-width space after markdown escaping. Escaping alone stops the
 * message from rendering them, and `allowedMentions` from pinging; this also keeps a copy-paste of
 * the rendered text from pinging anyone. Not undone by `unescapeMarkdown`.
 */
export const MENTION_BREAKS: readonly { name: string; pattern: RegExp; replace: string }[] = [
  { name: 'mass mention', pattern: /@(everyone|here)/gi, replace: '@\u200b$1' },
  { name: 'user, role, channel mention', pattern: /<(@[!&]?|#)(\d+)>/g, replace: '<$1\u200b$2>' },
];

/** Inserts a zero-width space into every mention (see MENTION_BREAKS). */
export function breakMentions(text: string): string {
  return MENTION_BREAKS.reduce((out, rule) => out.replace(rule.pattern, rule.replace), text);
}

/**
 * Untrusted text as an inline code span, shown verbatim: Discord renders nothing inside code, so
 * it is not escaped (a backslash there would show); backticks, which would end the span, become '.
 */
export function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\n/g, ' ')}\``;
}
