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
