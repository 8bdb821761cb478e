import { BARE_URL_HINT, SCHEME_URL_HINT, schemeUrlPattern, urlPattern } from '../../text/urls.js';
import { URL_CLOSE, URL_DIGIT, URL_OPEN } from './markers.js';

// URLs are set aside so that no LaTeX rule rewrites them, then put back.

// No lookbehind: whether a URL is found must not depend on the character before it, which the
// cleaning may change (`{www.x.com/a}` → `www.x.com/a`), or a second pass would clean differently.
const URL_RE = urlPattern();
const SCHEME_URL_RE = schemeUrlPattern();

export function protectUrls(raw: string, urls: string[]): string {
  const bare = BARE_URL_HINT.test(raw);
  if (!bare && !SCHEME_URL_HINT.test(raw)) return raw;
  // `at~https://…`: a non-breaking space before a link (never "about", before a link), which the
  // link would otherwise hide from the rules.
  const text = raw.replace(/(?<!~)~+(?=[{}\s$\uE002-\uE006]{0,8}(?:https?:\/\/|www\.))/g, ' ');
  let out = '';
  let last = 0;
  // Scanning for bare domains (`github.com/x`) is slow; most texts have none.
  for (const match of text.matchAll(bare ? URL_RE : SCHEME_URL_RE)) {
    const start = match.index;
    // A URL inside a group this loop already consumed (`x{https://x}`).
    if (start < last) continue;
    let end = start + match[0].length;
    let before = text.slice(last, start);
    // `url{…}`, `href{…}` and `{…}` around a URL are LaTeX wrapping: drop it.
    if (text[end] === '}') {
      const wrapper = /(?:(?:url|href)\s*|\uE002)?\{\s*$/.exec(before.slice(-12));
      if (wrapper !== null) {
        before = before.slice(0, before.length - wrapper[0].length);
        end += 1;
      }
    }
    // `https://x{https://x}` is an `\href` whose text repeats the link; `…{here}` names it.
    if (text[end] === '{') {
      // Looked for nearby only: a search to the end of a long line for every link would be quadratic.
      const offset = text.slice(end + 1, end + 302).indexOf('}');
      const close = offset === -1 ? -1 : end + 1 + offset;
      const inner = close === -1 ? null : text.slice(end + 1, close);
      if (inner !== null && !inner.includes('{')) {
        const trimmed = inner.trim();
        const isUrl = /^(?:https?:\/\/|www\.)/i.test(trimmed);
        urls.push(match[0]);
        // The link text may hold links of its own (it has no braces, so this recursion stops).
        out += `${before}${placeholder(urls.length - 1)}${isUrl || trimmed === '' ? '' : ` ${protectUrls(trimmed, urls)}`}`;
        last = close + 1;
        continue;
      }
    }
    urls.push(match[0]);
    out += `${before}${placeholder(urls.length - 1)}`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

function placeholder(index: number): string {
  const digits = [...String(index)].map((d) => String.fromCharCode(URL_DIGIT + Number(d))).join('');
  return `${URL_OPEN}${digits}${URL_CLOSE}`;
}

export function restoreUrls(text: string, urls: readonly string[]): string {
  if (urls.length === 0) return text;
  return text.replace(/\uE000([\uE010-\uE019]+)\uE001/g, (_, digits: string) => {
    const index = Number([...digits].map((c) => c.charCodeAt(0) - URL_DIGIT).join(''));
    return urls[index] ?? '';
  });
}
