/**
 * The one URL pattern: what the cleaner sets aside, the sentence splitter never splits and the
 * loader reads code links from. A link starts with a scheme or `www.`, or is a bare domain with a
 * path under one of the top-level domains abstracts use (`github.com/x`, `x.github.io/y`); it runs
 * to a space, a brace, an angle bracket, a quote, a backslash or a non-ASCII character (LaTeX
 * wrapping and typographic quotes end a link). Sentence punctuation at its end is the caller's to trim.
 */

/** Top-level domains that make a bare `domain/path` a link. */
export const BARE_URL_TLDS = ['com', 'org', 'io', 'net', 'ai', 'edu', 'dev', 'co', 'science', 'app'] as const;

const URL_CHAR = String.raw`[^\s{}<>"\x60|\\^\u0080-\uFFFF]`;
const TLDS = BARE_URL_TLDS.join('|');
const SCHEME_SOURCE = String.raw`(?:https?:\/\/|www\.)${URL_CHAR}+`;
const BARE_SOURCE = String.raw`(?:[a-zA-Z0-9-]{1,63}\.){1,8}(?:${TLDS})\/${URL_CHAR}*`;

/** The pattern's source, for callers that add context (a lookbehind) around it. */
export const URL_SOURCE = `${SCHEME_SOURCE}|${BARE_SOURCE}`;

/** Every link, with a scheme, `www.` or a bare domain and path. */
export function urlPattern(): RegExp {
  return new RegExp(URL_SOURCE, 'g');
}

/** Links with a scheme or `www.` only: much faster to scan for than bare domains. */
export function schemeUrlPattern(): RegExp {
  return new RegExp(SCHEME_SOURCE, 'g');
}

/** A cheap test: whether the text may hold a link with a scheme or `www.`. */
export const SCHEME_URL_HINT = /:\/\/|www\./;
/** A cheap test: whether the text may hold a bare `domain/path` link. */
export const BARE_URL_HINT = new RegExp(String.raw`\.(?:${TLDS})\/`);
