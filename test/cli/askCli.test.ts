import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../src/cli/runCli.js';
import { TEST_NOW } from '../helpers/library.js';
import { REPO_ROOT } from '../../support/spawnBot.js';

const DIGESTS = path.join(REPO_ROOT, 'data', 'digests');

// Exactly these keys, no more: `.strict()` rejects anything else.
const cliAnswer = z.object({
  answer: z.string().min(1),
  citations: z.array(z.object({ id: z.string(), title: z.string(), quote: z.string() }).strict()),
  confident: z.boolean(),
}).strict();

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { DIGESTS_DIR: DIGESTS }, out: (t) => out.push(t), err: (t) => err.push(t), now: TEST_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paperboy ask', () => {
  it('--json prints exactly {answer, citations: [{id, title, quote}], confident}', async () => {
    const { code, out } = await cli('ask', 'What accuracy does PLANSEARCH reach on LiveCodeBench?', '--json');
    expect(code).toBe(0);
    const parsed = cliAnswer.parse(JSON.parse(out));
    expect(parsed).toMatchObject({ confident: true, citations: [{ id: 'planning-in-natural-language-improves-llm-search-for-48ae8a', quote: expect.stringContaining('77.0%') }] });
  });

  it('--paper pins the paper the question is about', async () => {
    const { code, out } = await cli('ask', 'What accuracy does it reach on Path-X?', '--paper', 'FlashAttention', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ confident: true, citations: [{ quote: expect.stringContaining('61.4% accuracy') }] });
  });

  it('prints text with sources, marks unsure answers, and fails when --paper matches nothing', async () => {
    const text = await cli('ask', 'Where is the code for Quartet?');
    expect(text.out).toMatch(/github\.com\/IST-DASLab\/Quartet[\s\S]*Sources:\n {2}\[1\] Quartet/);
    const unsure = await cli('ask', 'What is the capital of France?');
    expect(unsure).toMatchObject({ code: 0, out: expect.stringMatching(/^\(not sure\)/) });
    const missing = await cli('ask', 'What is it?', '--paper', 'quantum chromodynamics of bananas');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no paper matches --paper/);
  });
});
