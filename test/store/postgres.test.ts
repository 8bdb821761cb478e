import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/postgresStore.js';
import { databaseName, freshDatabase, releasePg, testPg } from '../../support/postgres.js';
import { storeContract } from './storeContract.js';

// A real server: PG_TEST_URL (CI), or one this file starts. Never skipped: without PostgreSQL it fails.
let adminUrl: string;
beforeAll(async () => {
  adminUrl = (await testPg()).url;
}, 60_000);
afterAll(() => releasePg());

describe('PostgreSQL store', () => {
  storeContract(async () => {
    const url = await freshDatabase(adminUrl, databaseName('contract'));
    return {
      open: () => openPostgresStore(url),
      cleanup: () => Promise.resolve(),
    };
  });
});

describe('PostgreSQL: one token bucket for every process', () => {
  it('three pools drawing together stay at the shared rate', async () => {
    const url = await freshDatabase(adminUrl, databaseName('bucket'));
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)]);
    try {
      const limit = { name: 'discord-digest', perSecond: 50, burst: 10 };
      const started = performance.now();
      const grants: number[] = [];
      await Promise.all(stores.map(async (store) => {
        for (let i = 0; i < 40; i += 1) {
          await store.takeToken(limit);
          grants.push(performance.now() - started);
        }
      }));
      // 120 tokens, 10 at once then 50/s: at least (120 - 10) / 50 = 2.2 s, whichever pool asked.
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(2150);
      expect(elapsed).toBeLessThan(5000);
      // No one-second window sees more than the rate plus the burst (60), give or take timers
      // firing late together on a busy machine.
      grants.sort((a, b) => a - b);
      const busiest = Math.max(...grants.map((t, i) => grants.filter((u, j) => j >= i && u < t + 1000).length));
      expect(busiest).toBeLessThanOrEqual(66);
    } finally {
      for (const store of stores) await store.close();
    }
  }, 20_000);
});
