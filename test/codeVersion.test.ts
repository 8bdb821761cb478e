import { describe, expect, it } from 'vitest';
import { codeVersion } from '../src/codeVersion.js';
import { snapshotKey } from '../src/search/snapshot/manifest.js';

describe('code version (cache keys follow the code that built them)', () => {
  it('hashes the sources of the named src/ folders', () => {
    const digest = codeVersion('digest', 'text');
    expect(digest).toMatch(/^[0-9a-f]{12}$/);
    expect(codeVersion('digest', 'text')).toBe(digest);
    expect(codeVersion('digest', 'text', 'search')).not.toBe(digest);
    expect(codeVersion('no-such-folder')).toBe('unversioned');
  });

  it('keys a snapshot by the digests and the code', () => {
    const files = [{ name: 'a.txt', hash: 'h1' }];
    expect(snapshotKey(files)).toBe(snapshotKey(files));
    expect(snapshotKey(files)).not.toBe(snapshotKey([{ name: 'a.txt', hash: 'h2' }]));
  });
});
