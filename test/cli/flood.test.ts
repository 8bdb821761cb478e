import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsText } from '../../src/cli/format.js';
import { runCli } from '../../src/cli/runCli.js';
import { makeCatalogue } from '../../src/digest/catalogue.js';
import { TEST_NOW } from '../helpers/library.js';

const ABSTRACT = 'We study a problem and show that our method is better than the baselines on every benchmark we tried, by a wide margin.';
let root = '';

/** About 20 MB: 350,000 short garbage lines, with a real entry every 50,000 lines. */
function floodDigest(): string {
  const lines: string[] = [];
  for (let i = 0; i < 350_000; i += 1) {
    if (i % 50_000 === 0) lines.push(`Real Paper Number ${i / 50_000}`, `${ABSTRACT} Variant ${i}.`);
    else lines.push(i % 3 === 0 ? `--- ${i} ---------------------------------------------` : `garbage ${i} qwe rty uio asd fgh jkl zxc vbn mqp wer`);
  }
  return lines.join('\n');
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'paperboy-flood-'));
  const text = floodDigest();
  expect(text.length).toBeGreaterThan(19_000_000);
  writeFileSync(path.join(root, 'flood.txt'), text);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { DIGESTS_DIR: root, INDEX_CACHE_DIR: path.join(root, '.cache') };
  const code = await runCli(argv, { env, out: (t) => out.push(t), err: (t) => err.push(t), now: TEST_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a 20 MB digest of garbage lines', () => {
  it('loads its real entries and reports a capped list of warnings, in every command', async () => {
    const json = await cli('stats', '--json');
    expect(json.code).toBe(0);
    const stats = JSON.parse(json.out) as { papers: number; warnings: string[] };
    expect(stats.papers).toBe(7);
    expect(stats.warnings).toHaveLength(21);
    expect(stats.warnings[20]).toMatch(/^digest-loader: … and \d{6} more warnings in flood\.txt$/);
    const text = await cli('stats');
    expect(text.code).toBe(0);
    expect(text.out.split('\n').length).toBeLessThan(30);
    expect((await cli('search', 'baselines')).code).toBe(0);
    expect((await cli('paper', 'Real Paper Number 3')).code).toBe(0);
    expect((await cli('ask', 'what do they study?')).code).toBe(0);
  }, 120_000);
});

describe('statsText', () => {
  it('formats any number of warnings without overflowing the stack', () => {
    const warnings = Array.from({ length: 500_000 }, (_, i) => `digest-loader: x.txt:${i}: w`);
    const text = statsText(makeCatalogue([], [], warnings), TEST_NOW);
    expect(text.split('\n')).toHaveLength(500_002);
  });
});
