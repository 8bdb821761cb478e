import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deliveryNonce } from '../../src/schedule/deliveryIdentity.js';
import { reconcileInFlight } from '../../src/schedule/reconcileInFlight.js';
import { runDueDigests } from '../../src/schedule/runDueDigests.js';
import type { Library } from '../../src/search/library.js';
import { openPostgresStore } from '../../src/store/postgres/postgresStore.js';
import type { Store } from '../../src/store/store.js';
import { databaseName, freshDatabase, releasePg, startPgServer, testPg, type PgServer } from '../../support/postgres.js';
import { FakePoster, type PostedMessage } from '../../support/schedule/fakePoster.js';
import { jobDeps, subscribe } from './harness.js';
import { shippedLibrary } from '../../support/schedule/shippedLibrary.js';

// Several processes (one store pool each) sharing one PostgreSQL database and one Discord (the
// fake posters share their `messages`): claims and leases decide who posts, never twice.

let adminUrl = '';
let library: Library;
const opened: Store[] = [];
beforeAll(async () => {
  adminUrl = (await testPg()).url;
  library = await shippedLibrary();
}, 60_000);
afterAll(() => releasePg());
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function processes(url: string, n: number): Promise<Store[]> {
  const stores = await Promise.all(Array.from({ length: n }, () => openPostgresStore(url)));
  opened.push(...stores);
  return stores;
}

const channels = (n: number): string[] => Array.from({ length: n }, (_, i) => String(1000 + i));
const countBy = (messages: readonly PostedMessage[]) => {
  const count = new Map<string, number>();
  for (const m of messages) count.set(m.channelId, (count.get(m.channelId) ?? 0) + 1);
  return count;
};
const until = async (done: () => boolean, what: string): Promise<void> => {
  const end = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('several processes on one PostgreSQL store', () => {
  it('three processes running the same fan-out at once post every channel exactly once', async () => {
    const url = await freshDatabase(adminUrl, databaseName('fanout'));
    const stores = await processes(url, 3);
    const ids = channels(60);
    for (const id of ids) await subscribe(stores[0] as Store, id);
    const discord: PostedMessage[] = [];
    const now = new Date('2026-03-10T08:00:00.000Z');
    const summaries = await Promise.all(
      stores.map((store, i) => runDueDigests(jobDeps(store, library, new FakePoster(discord, { delayMs: 3 }), 4, undefined, `p${i}`), now)),
    );
    const delivered = summaries.map((s) => s.delivered);
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(ids.length);
    // The work was shared, not done by one process while the others waited.
    expect(delivered.filter((d) => d > 0).length).toBeGreaterThan(1);
    expect(summaries.every((s) => s.errors === 0)).toBe(true);
    const count = countBy(discord);
    for (const id of ids) expect(count.get(id), `channel ${id}`).toBe(1);
    // Later ticks by every process find nothing left to do.
    for (const store of stores) expect(await runDueDigests(jobDeps(store, library, new FakePoster(discord)), new Date('2026-03-10T08:01:00.000Z'))).toMatchObject({ delivered: 0, retrying: 0 });
    expect(discord).toHaveLength(ids.length);
  }, 30_000);

  it("a process that dies mid fan-out keeps its claims until the lease lapses; then another takes them over, posting nothing twice", async () => {
    const url = await freshDatabase(adminUrl, databaseName('takeover'));
    const [a, b] = (await processes(url, 2)) as [Store, Store];
    const ids = channels(8);
    for (const id of ids) await subscribe(a, id);
    const discord: PostedMessage[] = [];
    // Process a: 1003 and 1004 die before posting, 1005 after its message went out.
    const dying = new FakePoster(discord).script('1003', 'hang').script('1004', 'hang').script('1005', 'posted-then-hang');
    const now = Date.parse('2026-03-10T08:00:00.000Z');
    void runDueDigests(jobDeps(a, library, dying, 8, undefined, 'process-a'), new Date(now));
    await until(() => dying.calls.length === ids.length && discord.length === ids.length - 2, 'process a to post all it could');

    // Process b, 30 s later: a's leases (60 s) still run, so b leaves those three alone.
    const poster = new FakePoster(discord);
    const early = await runDueDigests(jobDeps(b, library, poster, 4, undefined, 'process-b'), new Date(now + 30_000));
    expect(early).toMatchObject({ delivered: 0, retrying: 0, errors: 0 });
    expect(poster.calls).toEqual([]);
    expect(poster.findCalls).toEqual([]);

    // 2 minutes later the leases have lapsed: b takes over, finds 1005's message, posts 1003 and 1004.
    expect(await reconcileInFlight(jobDeps(b, library, poster), new Date(now + 120_000))).toEqual({ recovered: 1, pending: 2 });
    const late = await runDueDigests(jobDeps(b, library, poster, 4, undefined, 'process-b'), new Date(now + 120_000));
    expect(late).toMatchObject({ delivered: 2, errors: 0 });
    expect(poster.calls.map((c) => c.channelId).sort()).toEqual(['1003', '1004']);
    const count = countBy(discord);
    for (const id of ids) {
      expect(count.get(id), `channel ${id}`).toBe(1);
      expect(await b.getDelivery(id, '2026-03-10')).toMatchObject({ status: 'delivered' });
    }
    // Re-posts keep the nonce claimed by the dead process.
    for (const call of poster.calls) expect(call.nonce).toBe(deliveryNonce(call.channelId, '2026-03-10'));
  }, 30_000);
});

describe('PostgreSQL restarted in the middle of a fan-out', () => {
  let server: PgServer;
  beforeAll(async () => {
    server = await startPgServer();
  }, 60_000);
  afterAll(() => server.destroy());

  it('loses no delivery and posts none twice', async () => {
    const url = await freshDatabase(server.url, 'restart');
    const store = await openPostgresStore(url, { connectTimeoutMs: 2000 });
    opened.push(store);
    const ids = channels(24);
    for (const id of ids) await subscribe(store, id);
    const discord: PostedMessage[] = [];
    const poster = new FakePoster(discord, { delayMs: 40 });
    const start = Date.parse('2026-03-10T08:00:00.000Z');
    const running = runDueDigests(jobDeps(store, library, poster, 3), new Date(start));
    await until(() => discord.length >= 4, 'the fan-out to start');
    server.stop(); // the store goes away mid fan-out: some posts went out, their records fail
    await expect(store.ping()).rejects.toThrow();
    const during = await running;
    expect(during.errors).toBeGreaterThan(0);
    // While it is down every tick fails as a whole (logged by the scheduler), losing nothing.
    await expect(runDueDigests(jobDeps(store, library, poster, 3), new Date(start + 60_000))).rejects.toThrow();
    server.start();
    await expect(store.ping()).resolves.toBeUndefined();

    // Back: the pool reconnects; the next ticks finish the day.
    for (let minute = 2; minute <= 5; minute += 1) await runDueDigests(jobDeps(store, library, poster, 3), new Date(start + minute * 60_000));
    const count = countBy(discord);
    for (const id of ids) {
      expect(count.get(id), `channel ${id}`).toBe(1);
      expect(await store.getDelivery(id, '2026-03-10'), `channel ${id}`).toMatchObject({ status: 'delivered' });
    }
  }, 60_000);
});
