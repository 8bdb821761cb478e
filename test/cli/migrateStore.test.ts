import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { openPostgresStore } from '../../src/store/postgres/postgresStore.js';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { parseTopic } from '../../src/subscriptions/topic.js';
import { databaseName, freshDatabase, releasePg, testPg } from '../../support/postgres.js';

let adminUrl = '';
let dir = '';
beforeAll(async () => {
  adminUrl = (await testPg()).url;
  dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-migrate-'));
}, 60_000);
afterAll(async () => {
  await releasePg();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { DIGESTS_DIR: dir, ...env }, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const T0 = '2026-03-01T10:00:00.000Z';

describe('paperboy CLI: migrate-store', () => {
  it('copies subscriptions and delivery history from the SQLite file into PostgreSQL, idempotently', async () => {
    const file = path.join(dir, 'paperboy.db');
    const sqlite = openSqliteStore(file);
    for (const channelId of ['100', '101', '102']) {
      await sqlite.upsertSubscription({ channelId, guildId: '900', topics: [parseTopic('diffusion -survey')], time: '09:00', timezone: 'Europe/Berlin', count: 3, createdBy: '42', at: T0 });
    }
    await sqlite.pauseSubscription('102', 'channel deleted', T0);
    const lease = { owner: 'old', at: T0, until: T0 };
    await sqlite.claimDelivery({ channelId: '100', guildId: '900', localDate: '2026-03-01', nonce: 'n1', papers: [{ paperId: '2503.00001', topic: 'diffusion -survey' }], at: T0 }, lease);
    await sqlite.markDelivered('100', '2026-03-01', 'm1', T0);
    await sqlite.claimDelivery({ channelId: '101', guildId: '900', localDate: '2026-03-01', nonce: 'n2', papers: [{ paperId: '2503.00002', topic: null }], at: T0 }, lease);
    const before = await sqlite.dump();
    await sqlite.close();

    const url = await freshDatabase(adminUrl, databaseName('migrate'));
    const first = await cli({ DATABASE_PATH: file }, 'migrate-store', '--to', url, '--json');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ found: { subscriptions: 3, deliveries: 2, deliveredPapers: 1 }, added: { subscriptions: 3, deliveries: 2, deliveredPapers: 1 } });
    const again = await cli({ DATABASE_PATH: file }, 'migrate-store', '--to', url);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/: 0 of 3 subscriptions, 0 of 2 deliveries, 0 of 1 delivered papers \(the rest were there already\)\.$/);

    const pg = await openPostgresStore(url);
    try {
      expect(await pg.dump()).toEqual(before);
      expect(await pg.getSubscription('102')).toMatchObject({ pausedReason: 'channel deleted' });
      expect(await pg.deliveredPaperIds('100')).toEqual(new Set(['2503.00001']));
      // The pending day keeps its nonce and papers, and any process may take it over.
      expect(await pg.takeLease('101', '2026-03-01', { owner: 'new', at: T0, until: '2026-03-01T10:01:00.000Z' })).toMatchObject({ nonce: 'n2', status: 'pending' });
    } finally {
      await pg.close();
    }
  }, 30_000);

  it('refuses a missing --to, a non-PostgreSQL URL, a missing file and an unreachable server', async () => {
    expect(await cli({}, 'migrate-store')).toMatchObject({ code: 2, err: expect.stringMatching(/needs --to postgres:\/\//) as unknown });
    expect(await cli({}, 'migrate-store', '--to', 'mysql://x')).toMatchObject({ code: 2 });
    const missing = path.join(dir, 'none.db');
    expect(await cli({ DATABASE_PATH: missing }, 'migrate-store', '--to', adminUrl)).toMatchObject({ code: 1, err: `paperboy: migrate-store: DATABASE_PATH ${missing} does not exist; nothing to copy` });
    const file = path.join(dir, 'empty.db');
    await openSqliteStore(file).close();
    const down = await cli({ DATABASE_PATH: file }, 'migrate-store', '--to', 'postgres://nobody:secret@127.0.0.1:9/none');
    expect(down.code).toBe(1);
    expect(down.err).toMatch(/^paperboy: migrate-store: store: DATABASE_URL postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:9\/none cannot be used/);
    expect(down.err).not.toContain('secret');
  }, 30_000);
});
