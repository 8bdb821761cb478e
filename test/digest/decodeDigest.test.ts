import { describe, expect, it } from 'vitest';
import { decodeDigest } from '../../src/digest/decodeDigest.js';

describe('decodeDigest', () => {
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Mar 12\n')]);
    expect(decodeDigest('a.txt', bytes)).toEqual({ ok: true, text: 'Mar 12\n', warnings: [] });
  });
  it('refuses empty, whitespace-only and binary files with a clear reason', () => {
    expect(decodeDigest('e.txt', new Uint8Array())).toEqual({ ok: false, reason: 'digest-loader: e.txt: file is empty' });
    expect(decodeDigest('w.txt', Buffer.from(' \n\t\r\n'))).toEqual({ ok: false, reason: 'digest-loader: w.txt: file has no text' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeDigest('p.png', png)).toEqual({ ok: false, reason: 'digest-loader: p.png: looks binary (contains NUL bytes); skipped' });
  });
  it('reads invalid UTF-8 as Windows-1252 with a warning', () => {
    const decoded = decodeDigest('l.txt', new Uint8Array([0x53, 0x63, 0x68, 0x72, 0xf6, 0x64]));
    expect(decoded).toEqual({ ok: true, text: 'Schröd', warnings: ['digest-loader: l.txt: not valid UTF-8; read as Windows-1252'] });
  });
});

describe('decodeDigest on a UTF-8 file with a few bad bytes', () => {
  const good = 'Mar 12\n\nε-Greedy Exploration Revisited\n\nWe study ε-greedy exploration and show it is near-optimal under mild assumptions on the reward.\n• 3 authors\n·\nOct 25, 2023 12\n';

  it('keeps UTF-8, replaces each bad byte with U+FFFD and names its line', () => {
    const bytes = Buffer.concat([Buffer.from(good.slice(0, 8)), Buffer.from([0xff]), Buffer.from(good.slice(8)), Buffer.from('tail \xc3(\n', 'latin1')]);
    const decoded = decodeDigest('u.txt', bytes);
    expect(decoded).toEqual({
      ok: true,
      text: `${good.slice(0, 8)}\ufffd${good.slice(8)}tail \ufffd(\n`,
      warnings: ['digest-loader: u.txt:3: invalid UTF-8 replaced with U+FFFD', 'digest-loader: u.txt:9: invalid UTF-8 replaced with U+FFFD'],
    });
    expect(decoded.ok && decoded.text).not.toContain('Îµ');
  });

  it('caps the lines it names', () => {
    const lines = Array.from({ length: 30 }, (_, i) => Buffer.concat([Buffer.from(`ε line ${i} `), Buffer.from([0xfe, 0xfe]), Buffer.from('\n')]));
    const decoded = decodeDigest('v.txt', Buffer.concat([...lines, Buffer.from('ε '.repeat(200))]));
    if (!decoded.ok) throw new Error('test: expected text');
    expect(decoded.warnings).toHaveLength(11);
    expect(decoded.warnings[10]).toBe('digest-loader: v.txt: … and 20 more lines with invalid UTF-8 replaced with U+FFFD');
  });

  it('still reads a file with no UTF-8 at all as Windows-1252', () => {
    const bytes = Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 \x93quoted\x94\n', 'latin1');
    expect(decodeDigest('w.txt', bytes)).toEqual({ ok: true, text: 'Café naïve résumé “quoted”\n', warnings: ['digest-loader: w.txt: not valid UTF-8; read as Windows-1252'] });
  });

  it('parses the metadata lines of a UTF-8 digest with a bad byte', async () => {
    const { parseDigest } = await import('../../src/digest/parseDigest.js');
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from([0x80]), Buffer.from('\n')]);
    const parsed = parseDigest('x.txt', bytes);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]).toMatchObject({ title: 'ε-Greedy Exploration Revisited', authorCount: 3, publishedAt: '2023-10-25', upvotes: 12 });
  });
});
