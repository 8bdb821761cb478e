import { z } from 'zod';
import type { Paper } from '../../digest/schema.js';
import type { Answer, Citation } from '../answer.js';
import { checkAnswerText } from './checkAnswerText.js';
import { withoutMarkers } from './citationMarkers.js';
import { ANSWER_LIMITS } from '../limits.js';
import { findVerbatim } from '../compose/renderField.js';

/** The part of a chat-completions response paperboy reads. */
export const chatResponseSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

/** What the model is asked to reply with. */
export const llmAnswerSchema = z.object({
  answer: z.string().trim().min(1).max(ANSWER_LIMITS.maxLlmAnswer),
  citations: z.array(z.object({ id: z.string().min(1), quote: z.string().trim().min(8) })).min(1).max(10),
});

/** Either a checked answer or why the model's reply was refused. */
export type LlmVerdict = { ok: true; answer: Answer } | { ok: false; reason: string };

/** The JSON object inside a reply that may wrap it in a code fence or a sentence. */
function jsonOf(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content)?.[1] ?? content;
  const start = fenced.indexOf('{');
  const end = fenced.lastIndexOf('}');
  if (start === -1 || end <= start) throw new Error('no JSON object');
  return JSON.parse(fenced.slice(start, end + 1));
}

/** Numbers in a text ("7.6", "2023", "4"), which an answer may only take from its quotes. */
function numbers(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/**
 * Checks a model's reply against the papers it was given: valid JSON of the expected shape, only
 * those papers cited, every quote found verbatim (whitespace aside) in the cited abstract, every
 * quotation and citation marker in the answer text grounded (`checkAnswerText`), and no number in
 * the answer that its quotes and titles don't hold.
 */
export function checkLlmReply(body: unknown, papers: readonly Paper[], base: Answer): LlmVerdict {
  const chat = chatResponseSchema.safeParse(body);
  if (!chat.success) return { ok: false, reason: 'response is not a chat completion' };
  let parsed: unknown;
  try {
    parsed = jsonOf(chat.data.choices[0]?.message.content ?? '');
  } catch {
    return { ok: false, reason: 'reply is not JSON' };
  }
  const reply = llmAnswerSchema.safeParse(parsed);
  if (!reply.success) return { ok: false, reason: `reply has the wrong shape (${reply.error.issues[0]?.message ?? 'invalid'})` };
  const byId = new Map(papers.map((p) => [p.id, p]));
  const citations: Citation[] = [];
  const citedPapers: Paper[] = [];
  for (const cited of reply.data.citations) {
    const paper = byId.get(cited.id);
    if (paper === undefined) return { ok: false, reason: `cites a paper it was not given (${cited.id.slice(0, 64)})` };
    const quote = findVerbatim(paper.abstract, cited.quote);
    if (quote === null) return { ok: false, reason: `quote not found in the abstract of ${paper.id}` };
    citations.push({ id: paper.id, title: paper.title, quote });
    citedPapers.push(paper);
  }
  // The answer is shown above the citations as quoted from the abstracts, so its own quotations
  // and markers are held to the same standard as the citations.
  const textProblem = checkAnswerText(reply.data.answer, citedPapers);
  if (textProblem !== null) return { ok: false, reason: textProblem };
  const grounded = new Set([...citations.flatMap((c) => numbers(`${c.quote} ${c.title}`))]);
  // Citation markers ("[1]") are the only numbers an answer may add.
  const stray = numbers(withoutMarkers(reply.data.answer)).filter((n) => !grounded.has(n));
  if (stray.length > 0) return { ok: false, reason: `answer has numbers its quotes lack (${stray.slice(0, 3).join(', ')})` };
  return { ok: true, answer: { answer: reply.data.answer, citations, confident: base.confident, kind: base.kind } };
}
