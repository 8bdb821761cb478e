import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBytes, prepareDigest, prepareDigestGently } from '../../src/digest/prepareDigest.js';
import { REPO_ROOT } from '../../support/spawnBot.js';

describe('prepareDigestGently (a day from the feed, cleaned on the serving thread)', () => {
  it('gives what prepareDigest gives, pausing every few entries', async () => {
    const file = '000_266807a24401c1b5.txt';
    const bytes = readFileSync(path.join(REPO_ROOT, 'data', 'digests', file));
    let pauses = 0;
    const gentle = await prepareDigestGently(file, bytes, hashBytes(bytes), () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(gentle).toEqual(prepareDigest(file, bytes));
    expect(gentle.entries.length).toBeGreaterThan(8);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(gentle.entries.length / 4));
  });
});
