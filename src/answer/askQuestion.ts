import type { Config } from '../config.js';
import type { Paper } from '../digest/schema.js';
import type { Logger } from '../logger.js';
import { readCapped } from '../http/readCapped.js';
import { paperById, type Library } from '../search/library.js';
import type { Answer, AskOptions } from './answer.js';
import { groundAnswer } from './answerQuestion.js';
import { ANSWER_LIMITS } from './limits.js';
import { buildPrompt } from './llm/prompt.js';
import { checkLlmReply } from './llm/response.js';

/** What answering with an optional language model needs: its config (null = none), a logger, and fetch. */
export interface LlmDeps {
  llm: Config['llm'];
  logger: Logger;
  fetch?: typeof fetch;
  /** Aborts the model call (shutdown); the extractive answer stands. */
  signal?: AbortSignal;
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
}

/**
 * Answers a question extractively and, when a model is configured, has the model phrase the answer
 * from the same retrieved abstracts. The model's reply is used only if every quote checks out;
 * anything else (time-out, HTTP error, non-JSON, invented quote) falls back to the extractive answer.
 * Without a model configured nothing is sent anywhere.
 */
export async function askQuestion(library: Library, question: string, options: AskOptions, deps: LlmDeps): Promise<Answer> {
  const grounding = groundAnswer(library, question, options);
  const llm = deps.llm;
  if (llm === null) return grounding.answer;
  const papers = grounding.paperIds.map((id) => paperById(library, id)).filter((p): p is Paper => p !== undefined);
  if (papers.length === 0) return grounding.answer;
  const fetchImpl = deps.fetch ?? fetch;
  try {
    const response = await fetchImpl(`${llm.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(llm.apiKey === null ? {} : { authorization: `Bearer ${llm.apiKey}` }) },
      body: JSON.stringify({ model: llm.model, temperature: 0, messages: buildPrompt(question, papers) }),
      signal: deps.signal === undefined ? AbortSignal.timeout(llm.timeoutMs) : AbortSignal.any([AbortSignal.timeout(llm.timeoutMs), deps.signal]),
    });
    if (!response.ok) {
      deps.logger.warn('answer-llm: model request failed; answering without it', { status: response.status });
      return grounding.answer;
    }
    // Capped: a model (or a proxy in front of it) that streams without end cannot exhaust memory.
    const body: unknown = JSON.parse(await readCapped(response, ANSWER_LIMITS.maxLlmReplyBytes, 'answer-llm'));
    const verdict = checkLlmReply(body, papers, grounding.answer);
    if (!verdict.ok) {
      deps.logger.warn('answer-llm: model reply rejected; answering without it', { reason: verdict.reason });
      return grounding.answer;
    }
    return verdict.answer;
  } catch (error) {
    deps.logger.warn('answer-llm: model unavailable; answering without it', { reason: describe(error) });
    return grounding.answer;
  }
}
