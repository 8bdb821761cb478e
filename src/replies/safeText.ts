import { breakMentions, escapeMarkdown } from './markdown.js';

/**
 * Makes untrusted text (titles, abstracts, user input echoed back) inert in a Discord message:
 * every markdown construct, mention, emoji, timestamp and link escaped once (see markdown.ts),
 * mentions also broken with a zero-width space (on top of `allowedMentions: { parse: [] }`, so even
 * a copy-paste of the text pings nobody), newlines kept. Call it on raw text only, never on its result.
 */
export function safeText(text: string): string {
  return breakMentions(escapeMarkdown(text));
}

/** Cuts text to `max` characters (ellipsis included), never leaving a dangling escape backslash. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never split a surrogate pair: a lone half is not valid text (Discord refuses it).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // An odd run of trailing backslashes would escape the ellipsis; drop one.
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Untrusted text, made safe and cut to fit. */
export function safeClip(text: string, max: number): string {
  return clip(safeText(text), max);
}

/** The first sentence of an abstract (at most `max` characters): a one-line gist. */
export function gist(abstract: string, max = 200): string {
  const match = /^(.{40,}?[.!?])(?:\s+[A-Z(]|$)/.exec(abstract);
  const sentence = match?.[1] ?? abstract;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
