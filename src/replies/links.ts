import type { Paper } from '../digest/schema.js';

/** Lone surrogates (half an emoji, cut text) cannot be percent-encoded: they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** URL-encodes a query value, parentheses included, so the URL is safe inside a markdown link. */
function q(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Longest title a search URL carries. Percent-encoding can grow a character ninefold, and Discord
 * refuses embed URLs over 2,048 characters; a title's first words find the paper anyway.
 */
export const MAX_SEARCH_TITLE = 150;

function searchTitle(title: string): string {
  if (title.length <= MAX_SEARCH_TITLE) return title;
  let cut = title.slice(0, MAX_SEARCH_TITLE);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return space > MAX_SEARCH_TITLE / 2 ? cut.slice(0, space) : cut;
}

/** Where to read a paper online: its arXiv page when the id is known, else a title search. */
export function arxivUrl(paper: Paper): string {
  if (paper.arxivId !== null) return `https://arxiv.org/abs/${paper.arxivId}`;
  return `https://arxiv.org/search/?searchtype=title&query=${q(searchTitle(paper.title))}`;
}

/** The paper on Hugging Face: its page when the arXiv id is known, else a search. */
export function huggingFaceUrl(paper: Paper): string {
  if (paper.arxivId !== null) return `https://huggingface.co/papers/${paper.arxivId}`;
  return `https://huggingface.co/papers?q=${q(searchTitle(paper.title))}`;
}
