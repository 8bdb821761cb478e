import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { REPO_ROOT } from '../../support/spawnBot.js';
import { TEST_NOW } from '../helpers/library.js';

const DIGESTS = path.join(REPO_ROOT, 'data', 'digests');
const CACHE = mkdtempSync(path.join(os.tmpdir(), 'paperboy-cli-cache-'));
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { DIGESTS_DIR: DIGESTS, INDEX_CACHE_DIR: CACHE }, out: (t) => out.push(t), err: (t) => err.push(t), now: TEST_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paperboy CLI', () => {
  it('stats --json reports 374 entries and 351 papers with per-digest dates', async () => {
    const { code, out } = await cli('stats', '--json');
    expect(code).toBe(0);
    const stats = JSON.parse(out) as { entries: number; papers: number; digests: { file: string; entries: number; date: string | null }[]; warnings: string[] };
    expect(stats.entries).toBe(374);
    expect(stats.papers).toBe(351);
    expect(stats.digests.map((d) => [d.entries, d.date])).toEqual([[66, '2026-03-12'], [65, '2026-09-01'], [212, null], [31, '2026-01-07']]);
    expect(stats.warnings).toEqual([]);
  });

  it('paper --json prints {paper} or {paper: null} (exit 1)', async () => {
    const found = await cli('paper', 'edge', 'moe', '--json');
    expect(found.code).toBe(0);
    expect((JSON.parse(found.out) as { paper: { title: string } }).paper.title).toMatch(/^Edge-MoE/);
    const missing = await cli('paper', 'quantum chromodynamics of bananas', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out)).toEqual({ paper: null });
  });

  it('search and related print ranked {results: [{id, title, score}]}', async () => {
    const search = await cli('search', 'linear attention', '--limit', '3', '--json');
    const results = (JSON.parse(search.out) as { results: { id: string; title: string; score: number }[] }).results;
    expect(results).toHaveLength(3);
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(['id', 'score', 'title']);
    expect(results[0]?.score).toBeGreaterThanOrEqual(results[2]?.score ?? Infinity);
    const related = await cli('related', 'LASP-2', '--json');
    expect((JSON.parse(related.out) as { results: unknown[] }).results.length).toBeGreaterThan(0);
  });

  it('prints readable text by default', async () => {
    const { out } = await cli('paper', 'FlashAttention');
    expect(out).toMatch(/^FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness\nid: /);
  });

  it('answers usage errors with exit code 2 and a clear message', async () => {
    expect((await cli()).code).toBe(2);
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') });
    expect(await cli('search')).toMatchObject({ code: 2, err: expect.stringContaining('needs a query') });
    expect(await cli('search', 'x', '--limit', 'lots')).toMatchObject({ code: 2, err: expect.stringContaining('--limit') });
    expect(await cli('search', 'the of and')).toMatchObject({ code: 2, err: expect.stringContaining('no searchable words') });
  });

  it('reports a missing digest folder', async () => {
    const out: string[] = [];
    const code = await runCli(['stats'], { env: { DIGESTS_DIR: '/nope', INDEX_CACHE_DIR: CACHE }, out: () => undefined, err: (t) => out.push(t) });
    expect(code).toBe(1);
    expect(out.join('')).toContain('DIGESTS_DIR');
  });

  it('search --offset N numbers the results from N + 1', async () => {
    const all = await cli('search', 'linear attention', '--limit', '5');
    const page = await cli('search', 'linear attention', '--offset', '3', '--limit', '2');
    expect(page.out).toMatch(/^ 4\. /);
    expect(page.out).toContain('\n 5. ');
    expect(all.out.split('\n').slice(6, 10).join('\n')).toBe(page.out);
  });

  it('paper --json resolves each appearance’s date as stats resolves its digest’s', async () => {
    const { out } = await cli('paper', 'PLANSEARCH', '--json');
    const appearances = (JSON.parse(out) as { paper: { appearances: { dateLabel: string | null; date: string | null }[] } }).paper.appearances;
    expect(appearances).toEqual([expect.objectContaining({ dateLabel: 'Mar 12', date: '2026-03-12' })]);
  });

  it('ask points to the CLI’s search, not the slash command', async () => {
    const { out } = await cli('ask', 'Who won the 2022 World Cup?');
    expect(out).toContain('Try paperboy search "');
    expect(out).not.toContain('/search');
  });

  it('resolves default paths against the package folder, not the current directory', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'paperboy-cli-root-'));
    try {
      mkdirSync(path.join(root, 'data', 'digests'), { recursive: true });
      cpSync(path.join(DIGESTS, '003_52bda1a8ebcd6c2e.txt'), path.join(root, 'data', 'digests', 'only.txt'));
      const out: string[] = [];
      const code = await runCli(['stats', '--json'], { env: {}, out: (t) => out.push(t), err: (t) => out.push(t), now: TEST_NOW, packageRoot: root });
      expect(code).toBe(0);
      expect((JSON.parse(out.join('')) as { digests: { file: string }[] }).digests.map((d) => d.file)).toEqual(['only.txt']);
      expect(existsSync(path.join(root, 'data', '.cache'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs as `npm run cli` end to end', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'cli', '--', 'stats', '--json'], { cwd: REPO_ROOT, env: { ...process.env, DIGESTS_DIR: DIGESTS, INDEX_CACHE_DIR: CACHE } });
    expect(JSON.parse(stdout)).toMatchObject({ entries: 374, papers: 351 });
  }, 30_000);
});
