import type { Paper } from '../../digest/schema.js';

/** One chat message of an OpenAI-compatible chat-completions request. */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const SYSTEM = [
  'You answer questions about research papers using ONLY the paper abstracts given to you.',
  'Reply with one JSON object and nothing else: {"answer": string, "citations": [{"id": string, "quote": string}]}.',
  'Every quote must be copied word for word from the abstract of the paper with that id, and the answer must only restate what the quotes say.',
  'Cite at least one quote. If the abstracts do not answer the question, say so in "answer" and cite the closest passage.',
  'Never use outside knowledge; never invent numbers, names or links.',
].join(' ');

/** The messages asking a model to answer `question` from these papers' abstracts. */
export function buildPrompt(question: string, papers: readonly Paper[]): ChatMessage[] {
  const passages = papers.map((p) => `id: ${p.id}\ntitle: ${p.title}\nabstract: ${p.abstract}`).join('\n\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `Papers:\n\n${passages}\n\nQuestion: ${question}` },
  ];
}
