import { GREEK, GREEK_NAME_RE } from '../greekLetters.js';

// `$f$`, `$alpha$-theory`: the dollars of inline math, but never those of money (`$5-$10`).

export function stripDollarMath(text: string): string {
  if (!text.includes('$')) return text;
  // Inside the dollars a Greek name is a letter whatever its neighbours (`$alpha$-theory`).
  return text.replace(/\$(?=[A-Za-z{^_\\\uE002-\uE006\u0370-\u03ff])([^$]{1,80}?)\$/g, (match, body: string) =>
    /\s/.test(body) && !/[\^_{}=\uE002-\uE006]/.test(body) ? match : body.replace(GREEK_NAME_RE, (name) => GREEK[name] ?? name));
}
