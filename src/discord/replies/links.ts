import type { Paper } from '../../digest/schema.js';

/** URL-encodes a query value, parentheses included, so the URL is safe inside a markdown link. */
function q(value: string): string {
  return encodeURIComponent(value).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Where to read a paper online: its arXiv page when the id is known, else a title search. */
export function arxivUrl(paper: Paper): string {
  if (paper.arxivId !== null) return `https://arxiv.org/abs/${paper.arxivId}`;
  return `https://arxiv.org/search/?searchtype=title&query=${q(paper.title)}`;
}

/** The paper on Hugging Face: its page when the arXiv id is known, else a search. */
export function huggingFaceUrl(paper: Paper): string {
  if (paper.arxivId !== null) return `https://huggingface.co/papers/${paper.arxivId}`;
  return `https://huggingface.co/papers?q=${q(paper.title)}`;
}
