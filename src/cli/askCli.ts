import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import type { Library } from '../search/library.js';
import { lookup } from '../search/lookup.js';
import type { Answer } from '../answer/answer.js';
import { askQuestion } from '../answer/askQuestion.js';

/** What the CLI's `ask` command needs besides the library. */
export interface AskCliOptions {
  /** `--paper`: a title, alias or id pinning the paper asked about. */
  paper: string | undefined;
  json: boolean;
  llm: Config['llm'];
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The answer as plain text: the answer, then numbered sources with their quotes. */
export function answerText(answer: Answer): string {
  const lines = [answer.confident ? answer.answer : `(not sure) ${answer.answer}`];
  if (answer.citations.length > 0) lines.push('', 'Sources:');
  answer.citations.forEach((c, i) => lines.push(`  [${i + 1}] ${c.title} (${c.id})`, `      “${c.quote}”`));
  return lines.join('\n');
}

/**
 * The answer modules point at the slash command ("Try /search kv cache to look further."); in a
 * terminal the pointer names the CLI form instead.
 */
export function forTerminal(text: string): string {
  return text
    .replace(/Try \/search (.+?) to look further\./g, (_m, words: string) => `Try paperboy search "${words}" to look further.`)
    .replace(/Try \/search with a topic/g, 'Try paperboy search "<topic>"');
}

/** `paperboy ask "<question>" [--paper <query>] [--json]`; returns the exit code (0 answered, 1 paper not found). */
export async function runAsk(library: Library, question: string, options: AskCliOptions): Promise<number> {
  let paperId: string | undefined;
  if (options.paper !== undefined) {
    const found = lookup(library, options.paper, 0).paper;
    if (found === null) {
      options.err(`paperboy: no paper matches --paper "${options.paper}"; try paperboy search "${options.paper}"`);
      return 1;
    }
    paperId = found.id;
  }
  const secrets = options.llm?.apiKey === null || options.llm === null ? [] : [options.llm.apiKey];
  const logger = createLogger({ level: 'warn', write: options.err, secrets });
  const asked = await askQuestion(library, question, paperId === undefined ? {} : { paperId }, { llm: options.llm, logger });
  const answer = { ...asked, answer: forTerminal(asked.answer) };
  options.out(options.json
    ? JSON.stringify({ answer: answer.answer, citations: answer.citations.map((c) => ({ id: c.id, title: c.title, quote: c.quote })), confident: answer.confident })
    : answerText(answer));
  return 0;
}
