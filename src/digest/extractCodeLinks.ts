/**
 * Finds the code and project links an abstract mentions ("Code is available at https://…").
 *
 * Works on raw or cleaned text: LaTeX wrapping (`url{…}`, `{https://…}`, `x{x}`) ends a URL at
 * the brace, and the punctuation that closes a sentence is not part of the link.
 */

import { URL_SOURCE } from '../text/urls.js';

// Hosts whose links are code, models or project pages wherever they appear.
const CODE_HOSTS = [
  'github.com', 'gitlab.com', 'huggingface.co', 'bitbucket.org', 'codeberg.org', 'sourceforge.net',
  'paperswithcode.com', 'anonymous.4open.science', 'colab.research.google.com', 'kaggle.com',
  'zenodo.org', 'gitee.com', 'pypi.org', 'npmjs.com', 'crates.io', 'hub.docker.com',
];
// Hosts of project pages (`name.github.io`, `name.gitlab.io`, `sites.google.com/…`).
const PAGE_HOST = /(?:^|\.)(?:github\.io|gitlab\.io|pages\.dev|netlify\.app|vercel\.app|readthedocs\.io)$|^sites\.google\.com$/;
// Links to papers, not code.
const PAPER_HOST = /(?:^|\.)(?:arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|semanticscholar\.org|dl\.acm\.org|ieeexplore\.ieee\.org)$/;
// Any other link counts when the words just before it offer code or a project.
const OFFER_WORDS = /\b(?:code|codes|implementation|available|release[sd]?|open[- ]?source[sd]?|project|page|website|repository|repo|github|toolkit|library|package|demo|dataset|data|models?|checkpoints?)\b[^.]{0,60}$/i;

// A link never starts inside a word, an e-mail address or a path.
const URL_RE = new RegExp(String.raw`(?<![\w@./-])(?:${URL_SOURCE})`, 'g');

/** The distinct code and project URLs an abstract mentions, normalized, in order of appearance. */
export function extractCodeLinks(text: string): string[] {
  const links: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(URL_RE)) {
    const url = normalizeUrl(match[0]);
    if (url === null) continue;
    const host = new URL(url).hostname;
    const isCode = CODE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) || PAGE_HOST.test(host);
    const offered = OFFER_WORDS.test(text.slice(Math.max(0, match.index - 80), match.index));
    if (!isCode && (PAPER_HOST.test(host) || !offered)) continue;
    const key = url.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(url);
  }
  return links;
}

/** An absolute https URL without the sentence punctuation around it, or null if it is not one. */
function normalizeUrl(raw: string): string | null {
  let url = raw.replace(/\\([_%#&~])/g, '$1');
  url = trimTrailing(url);
  if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.hostname.includes('.') || parsed.username !== '' || parsed.password !== '') return null;
  parsed.hostname = parsed.hostname.replace(/^www\./, '');
  // The big code hosts all serve https; one spelling per repository.
  if (CODE_HOSTS.includes(parsed.hostname) || PAGE_HOST.test(parsed.hostname)) parsed.protocol = 'https:';
  let out = parsed.toString();
  if (/^https:\/\/(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\//.test(out)) out = out.replace(/\.git$/, '');
  return out.replace(/\/$/, '');
}

function trimTrailing(url: string): string {
  let end = url.length;
  const opened = count(url, '(');
  let closed = count(url, ')');
  while (end > 0) {
    const last = url[end - 1] ?? '';
    // A closing parenthesis is part of the URL only when the URL opened it (`…/Foo_(bar)`).
    if (last === ')' && opened >= closed) break;
    if (!'.,;:!?)]\'"*_~'.includes(last)) break;
    if (last === ')') closed--;
    end--;
  }
  return url.slice(0, end);
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
