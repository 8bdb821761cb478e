import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askQuestion } from '../../src/answer/askQuestion.js';
import type { Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { PAPERS, libraryOf } from './fixtures.js';

type Mode = 'good' | 'hallucinated' | 'garbage' | 'not-json' | 'slow' | 'error' | 'stranger' | 'invented-number' | 'fenced'
  | 'quoted' | 'invented-quote' | 'invented-single-quote' | 'invented-guillemets' | 'unpaired-quote' | 'dangling-marker' | 'huge' | 'huge-declared';

const library = libraryOf(PAPERS);
const QUESTION = 'By how much does ZipCache compress the KV cache?';
const QUOTE = 'ZipCache is capable of compressing the KV cache by 4.98×';

let server: Server;
let baseUrl = '';
let mode: Mode = 'good';
let requests: Array<{ headers: IncomingMessage['headers']; body: unknown }> = [];
let logs: string[] = [];

function reply(content: string): string {
  return JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] });
}

function respond(res: ServerResponse): void {
  const ok = (text: string): void => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(text);
  };
  switch (mode) {
    case 'good':
      return ok(reply(JSON.stringify({ answer: 'ZipCache compresses the KV cache by 4.98× [1].', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'fenced':
      return ok(reply(`Here you go:\n\`\`\`json\n${JSON.stringify({ answer: 'By 4.98× [1].', citations: [{ id: 'zipcache', quote: `  ${QUOTE.replace(/ /g, '\n ')}  ` }] })}\n\`\`\``));
    case 'hallucinated':
      return ok(reply(JSON.stringify({ answer: 'ZipCache compresses the KV cache by 12× [1].', citations: [{ id: 'zipcache', quote: 'ZipCache compresses the KV cache by 12× on every model' }] })));
    case 'stranger':
      return ok(reply(JSON.stringify({ answer: 'It is fast [1].', citations: [{ id: 'lion-optimizer', quote: 'Lion (Evolved Sign Momentum), a new optimizer' }] })));
    case 'invented-number':
      return ok(reply(JSON.stringify({ answer: 'ZipCache compresses the KV cache by 7.5× [1].', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'quoted':
      // Other case, an elision and a full stop inside the quotation: the same words, quoted differently.
      return ok(reply(JSON.stringify({ answer: 'In their words, "An accurate and efficient … quantization method for LLMs." [1]', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'invented-quote':
      return ok(reply(JSON.stringify({ answer: 'The authors state: “ZipCache makes every model lossless and twice as fast” [1].', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'invented-single-quote':
      return ok(reply(JSON.stringify({ answer: 'They call it ‘the final word on KV caches’ [1].', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'invented-guillemets':
      return ok(reply(JSON.stringify({ answer: 'Selon les auteurs, «ZipCache never loses accuracy» [1].', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'unpaired-quote':
      return ok(reply(JSON.stringify({ answer: 'The authors state: “ZipCache never loses accuracy [1].', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'dangling-marker':
      return ok(reply(JSON.stringify({ answer: 'ZipCache compresses the KV cache [1], as others confirm [2].', citations: [{ id: 'zipcache', quote: QUOTE }] })));
    case 'huge':
      // Streamed without a Content-Length: the cap must stop reading, not the declared size.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(reply(JSON.stringify({ answer: 'x'.repeat(40_000), citations: [] })).slice(0, -2));
      res.end(`${' '.repeat(80_000)}}]}`);
      return;
    case 'huge-declared':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1_000_000) });
      res.end('{}');
      return;
    case 'garbage':
      return ok(reply('I think the answer is probably 5x, not sure.'));
    case 'not-json':
      return ok('<html>definitely not json</html>');
    case 'error':
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('upstream exploded');
      return;
    case 'slow':
      setTimeout(() => ok(reply('{}')), 2_000).unref();
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => { raw += chunk.toString('utf8'); });
    req.on('end', () => {
      requests.push({ headers: req.headers, body: JSON.parse(raw) as unknown });
      respond(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('test: stand-in model server has no port');
  baseUrl = `http://127.0.0.1:${address.port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
  logs = [];
});

function deps(llm: Config['llm']): Parameters<typeof askQuestion>[3] {
  return { llm, logger: createLogger({ level: 'debug', write: (line) => logs.push(line), secrets: ['sk-test-secret'] }) };
}

const config = (timeoutMs = 1_000): NonNullable<Config['llm']> => ({ baseUrl, model: 'test-model', apiKey: 'sk-test-secret', timeoutMs });
const extractive = answerQuestion(library, QUESTION);

describe('askQuestion', () => {
  it('sends nothing anywhere without a configured model', async () => {
    const answer = await askQuestion(library, QUESTION, {}, deps(null));
    expect(answer).toEqual(extractive);
    expect(requests).toEqual([]);
  });

  it('uses the model\'s answer when every quote is found in the cited abstract', async () => {
    mode = 'good';
    const answer = await askQuestion(library, QUESTION, {}, deps(config()));
    expect(answer).toEqual({
      answer: 'ZipCache compresses the KV cache by 4.98× [1].',
      citations: [{ id: 'zipcache', title: PAPERS[1]?.title, quote: QUOTE }],
      confident: extractive.confident,
      kind: 'paper',
    });
    expect(requests).toHaveLength(1);
    const sent = requests[0];
    expect(sent?.headers.authorization).toBe('Bearer sk-test-secret');
    expect(sent?.body).toMatchObject({ model: 'test-model', messages: [{ role: 'system' }, { role: 'user', content: expect.stringContaining('id: zipcache') }] });
    expect(logs).toEqual([]);
  });

  it('accepts a fenced JSON reply and recovers the quote\'s exact characters despite whitespace', async () => {
    mode = 'fenced';
    const answer = await askQuestion(library, QUESTION, {}, deps(config()));
    expect(answer.citations).toEqual([{ id: 'zipcache', title: PAPERS[1]?.title, quote: QUOTE }]);
  });

  it('accepts a quotation in the answer that the cited abstract holds, typography aside', async () => {
    mode = 'quoted';
    const answer = await askQuestion(library, QUESTION, {}, deps(config()));
    expect(answer.answer).toContain('"An accurate and efficient … quantization method for LLMs."');
    expect(logs).toEqual([]);
  });

  it.each([
    ['invented-quote', /quotes words its cited abstracts lack/],
    ['invented-single-quote', /quotes words its cited abstracts lack/],
    ['invented-guillemets', /quotes words its cited abstracts lack/],
    ['unpaired-quote', /unpaired quotation mark/],
    ['dangling-marker', /cites \[2\] but has 1 citation/],
    ['huge', /answer-llm: answer exceeded the 65536-byte cap/],
    ['huge-declared', /answer-llm: answer is 1000000 bytes, over the 65536-byte cap/],
    ['hallucinated', /quote not found/],
    ['stranger', /cites a paper it was not given/],
    ['invented-number', /numbers its quotes lack/],
    ['garbage', /not JSON/],
    ['not-json', /model unavailable/],
    ['error', /model request failed/],
  ] as const)('falls back to the extractive answer when the model replies %s, and warns', async (m, reason) => {
    mode = m;
    const answer = await askQuestion(library, QUESTION, {}, deps(config()));
    expect(answer).toEqual(extractive);
    expect(logs).toHaveLength(1);
    const log = JSON.parse(logs[0] ?? '{}') as { level: string; msg: string };
    expect(log.level).toBe('warn');
    expect(logs[0]).toMatch(reason);
    expect(logs[0]).not.toContain('sk-test-secret');
  });

  it('gives up on a slow model after its time-out', async () => {
    mode = 'slow';
    const started = Date.now();
    const answer = await askQuestion(library, QUESTION, {}, deps(config(200)));
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(answer).toEqual(extractive);
    expect(logs[0]).toMatch(/timed out/);
  });

  it('does not ask the model when nothing was retrieved to ground an answer', async () => {
    mode = 'good';
    const answer = await askQuestion(library, 'What is the capital of France?', {}, deps(config()));
    expect(answer.confident).toBe(false);
    expect(requests).toEqual([]);
  });
});
