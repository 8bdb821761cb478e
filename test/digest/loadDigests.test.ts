import { mkdtempSync, rmSync, writeFileSync, chmodSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDigests } from '../../src/digest/loadDigests.js';
import { paperSchema } from '../../src/digest/schema.js';
import { REPO_ROOT } from '../../support/spawnBot.js';

const SHIPPED = path.join(REPO_ROOT, 'data', 'digests');
const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-load-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ABSTRACT = 'We study a problem and show that our method is better than the baselines on every benchmark we tried, by a wide margin.';

describe('loadDigests on the shipped digests', () => {
  it('reads 66 + 65 + 212 + 31 = 374 entries and merges them into 351 papers, without warnings', async () => {
    const catalogue = await loadDigests(SHIPPED);
    expect(catalogue.digests.map((d) => [d.file.slice(0, 3), d.entries, d.dateLabel])).toEqual([
      ['000', 66, 'Mar 12'],
      ['001', 65, 'Sep 1'],
      ['002', 212, null],
      ['003', 31, 'Jan 7'],
    ]);
    expect(catalogue.entryCount).toBe(374);
    expect(catalogue.papers).toHaveLength(351);
    expect(catalogue.warnings).toEqual([]);
    for (const paper of catalogue.papers) expect(paperSchema.safeParse(paper).success).toBe(true);
  });

  it('keeps every appearance of a merged paper and the best metadata', async () => {
    const catalogue = await loadDigests(SHIPPED);
    const auto = catalogue.papers.find((p) => p.title.startsWith('AutoNumerics-Zero'));
    expect(auto?.appearances.map((a) => a.digest.slice(0, 3))).toEqual(['000', '001', '003']);
    expect(auto).toMatchObject({ authorCount: 10, publishedAt: '2023-12-13' });
    const lion = catalogue.papers.find((p) => p.title.startsWith('Lion Secretly Solves'));
    expect(lion?.appearances).toHaveLength(2);
    expect(lion?.authorCount).toBe(4);
    const quantum = catalogue.papers.find((p) => p.title.startsWith('Quantum Variational Activation'));
    expect(quantum?.upvotes).toBe(2);
  });

  it('gives stable, unique, url-safe ids of at most 64 characters', async () => {
    const a = await loadDigests(SHIPPED);
    const b = await loadDigests(SHIPPED);
    expect(a.papers.map((p) => p.id)).toEqual(b.papers.map((p) => p.id));
    expect(new Set(a.papers.map((p) => p.id)).size).toBe(a.papers.length);
    expect(a.papers.find((p) => p.title === 'Light Schrödinger Bridge')?.id).toBe('light-schrodinger-bridge');
  });

  it('cleans LaTeX residue and extracts code links and introduced names', async () => {
    const catalogue = await loadDigests(SHIPPED);
    const tracks = catalogue.papers.find((p) => p.title.startsWith('Fast Encoder-Based 3D'));
    expect(tracks?.abstract).toContain('95%');
    expect(tracks?.aliases).toContain('TracksTo4D');
    const fp4 = catalogue.papers.find((p) => p.title.startsWith('LLM-FP4'));
    expect(fp4?.codeLinks).toContain('https://github.com/nbasyl/LLM-FP4');
    const laws = catalogue.papers.find((p) => p.title.startsWith('Inference Scaling'));
    expect(laws?.title).not.toContain('scriptsize');
  });
});

describe('loadDigests with bad files', () => {
  it('reports empty, binary and unreadable files clearly and still loads the good ones', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a-good.txt'), `Mar 3\n\nGood Paper\n\n${ABSTRACT}\n`);
    writeFileSync(path.join(dir, 'b-empty.txt'), '');
    writeFileSync(path.join(dir, 'c-binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const locked = path.join(dir, 'd-locked.txt');
    writeFileSync(locked, `Other Paper\n${ABSTRACT}\n`);
    chmodSync(locked, 0o000);
    writeFileSync(path.join(dir, '.hidden.txt'), 'ignored');
    const catalogue = await loadDigests(dir);
    expect(catalogue.papers.map((p) => p.title)).toContain('Good Paper');
    expect(catalogue.warnings).toContain('digest-loader: b-empty.txt: file is empty');
    expect(catalogue.warnings).toContain('digest-loader: c-binary.bin: looks binary (contains NUL bytes); skipped');
    // root can read anything; elsewhere the locked file is reported as unreadable.
    if (process.getuid?.() !== 0) expect(catalogue.warnings).toContain('digest-loader: d-locked.txt: cannot be read (EACCES)');
  });

  it('accepts CRLF line endings and a BOM', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'crlf.txt'), `\ufeffMar 3\r\n\r\nA Paper With CRLF\r\n\r\n${ABSTRACT}\r\n`);
    const catalogue = await loadDigests(dir);
    expect(catalogue.papers.map((p) => p.title)).toEqual(['A Paper With CRLF']);
    expect(catalogue.digests[0]?.dateLabel).toBe('Mar 3');
  });

  it('merges the same paper across a text digest and a JSON feed, taking the JSON metadata', async () => {
    const dir = scratch();
    cpSync(path.join(SHIPPED, '003_52bda1a8ebcd6c2e.txt'), path.join(dir, '003.txt'));
    const feed = [{ paper: { id: '2310.16836', title: 'LLM-FP4: 4-Bit Floating-Point Quantized Transformers', summary: ABSTRACT, authors: [{ name: 'A' }], upvotes: 7, publishedAt: '2023-10-25T00:00:00Z' }, publishedAt: '2026-11-20T00:00:00Z' }];
    writeFileSync(path.join(dir, 'feed.json'), JSON.stringify(feed));
    const catalogue = await loadDigests(dir);
    const fp4 = catalogue.papers.filter((p) => p.title.startsWith('LLM-FP4'));
    expect(fp4).toHaveLength(1);
    expect(fp4[0]).toMatchObject({ arxivId: '2310.16836', upvotes: 7, authorCount: 5 });
    expect(fp4[0]?.appearances.map((a) => a.digest)).toEqual(['003.txt', 'feed.json']);
  });

  it('loads titles in any script, and capitalized words that name Greek letters, without a validation failure', async () => {
    const dir = scratch();
    const titles = ['Delta Tuning: Parameter-Efficient Methods for Pre-trained Language Models', 'Μηχανική μάθηση για όλους',
      '大規模言語モデルの評価', 'Глубокое обучение без учителя', 'Pi and Sigma: Two Agents', 'Omega Sigma Xi Theta'];
    writeFileSync(path.join(dir, '001.txt'), titles.map((t, i) => `${t}\n${ABSTRACT} Variant ${i}.\n`).join('\n'));
    const catalogue = await loadDigests(dir);
    expect(catalogue.warnings).toEqual([]);
    expect(catalogue.papers.map((p) => p.title)).toEqual(titles);
    for (const paper of catalogue.papers) expect(paperSchema.safeParse(paper).success, paper.id).toBe(true);
  });

  it('loads a paper whose title is longer than the record holds: cut for display, whole as a name', async () => {
    const dir = scratch();
    const long = `Towards ${'Scalable and Robust '.repeat(20)}Zebrafish Learning`;
    writeFileSync(path.join(dir, '001.txt'), `Paper A\n${ABSTRACT}\n\n${long}\n\n${ABSTRACT} And more, much more text than the title has.\n`);
    const catalogue = await loadDigests(dir);
    expect(catalogue.warnings).toEqual([]);
    const paper = catalogue.papers[1];
    expect(paper?.title.length).toBeLessThanOrEqual(300);
    expect(paper?.title.endsWith('…')).toBe(true);
    expect(paper?.aliases).toContain(long);
  });

  it('names the folder when it does not exist', async () => {
    await expect(loadDigests('/nonexistent/digests')).rejects.toThrow('digest-loader: digest folder "/nonexistent/digests" does not exist; set DIGESTS_DIR to the folder holding the digests');
  });
});
