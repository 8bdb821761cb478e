import { parseArgs } from 'node:util';
import { silentLogger } from '../src/logger.js';
import { digestReply } from '../src/replies/digestReply.js';
import { runDueDigests } from '../src/schedule/runDueDigests.js';
import { digestRateLimit, throttledPoster } from '../src/schedule/throttledPoster.js';
import { openPostgresStore } from '../src/store/postgres/postgresStore.js';
import { openSqliteStore } from '../src/store/sqlite/sqliteStore.js';
import type { Store } from '../src/store/store.js';
import { freshDatabase, startPgServer } from '../support/postgres.js';
import { FakePoster, type PostedMessage } from '../support/schedule/fakePoster.js';
import { shippedLibrary } from '../support/schedule/shippedLibrary.js';
import { makeTempDir, removeTempDir } from './tempDirs.js';

// `npx tsx bench/storeFanOut.ts [--channels 3000] [--processes 3] [--paced 450]`: the store's share
// of a digest fan-out. P store instances (one pool each: P processes) run the same 09:00 fan-out
// at once against one PostgreSQL server, with an instant stand-in poster (so the time is the
// store's: claims, leases, records), compared with one process on SQLite; then a paced run through
// the shared token bucket at the default 40/s. Counts lost and doubled digests. PG_TEST_URL or a
// throw-away server.

const { values } = parseArgs({ options: { channels: { type: 'string' }, processes: { type: 'string' }, paced: { type: 'string' } } });
const CHANNELS = Number(values.channels ?? '3000');
const PROCESSES = Number(values.processes ?? '3');
const PACED = Number(values.paced ?? '450');
const NOW = new Date('2026-03-10T08:00:00.000Z');

const library = await shippedLibrary();

async function subscribeAll(store: Store, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => String(10_000 + i));
  for (const channelId of ids) {
    await store.upsertSubscription({ channelId, guildId: '900', topics: [], time: '09:00', timezone: 'Europe/Berlin', count: 3, createdBy: '42', at: '2026-03-01T00:00:00.000Z' });
  }
  return ids;
}

function tally(ids: readonly string[], messages: readonly PostedMessage[]): { lost: number; twice: number } {
  const count = new Map<string, number>();
  for (const m of messages) count.set(m.channelId, (count.get(m.channelId) ?? 0) + 1);
  return { lost: ids.filter((id) => !count.has(id)).length, twice: [...count.values()].filter((c) => c > 1).length };
}

async function fanOut(stores: Store[], ids: string[], paced: boolean): Promise<string> {
  const discord: PostedMessage[] = [];
  const started = performance.now();
  const summaries = await Promise.all(
    stores.map((store, p) => {
      const fake = new FakePoster(discord);
      const poster = paced ? throttledPoster(fake, () => store.takeToken(digestRateLimit(40))) : fake;
      return runDueDigests({ store, lease: { owner: `p${p}`, ms: 60_000 }, library: () => library, poster, render: digestReply, logger: silentLogger, concurrency: 16 }, NOW);
    }),
  );
  const ms = performance.now() - started;
  const { lost, twice } = tally(ids, discord);
  const split = summaries.map((s) => s.delivered + s.nothingNew).join(' / ');
  return `${ids.length} channels in ${(ms / 1000).toFixed(2)} s (${(ms / ids.length).toFixed(2)} ms a channel, ${Math.round((ids.length * 1000) / ms)}/s); per process ${split}; lost ${lost}, twice ${twice}`;
}

const envUrl = process.env['PG_TEST_URL'];
const server = envUrl === undefined || envUrl === '' ? await startPgServer() : null;
const adminUrl = envUrl !== undefined && envUrl !== '' ? envUrl : (server?.url ?? '');
try {
  const dir = makeTempDir('paperboy-bench-store-');
  const sqlite = openSqliteStore(`${dir}/paperboy.db`);
  const sqliteIds = await subscribeAll(sqlite, CHANNELS);
  console.log(`SQLite, 1 process:        ${await fanOut([sqlite], sqliteIds, false)}`);
  await sqlite.close();
  removeTempDir(dir);

  const one = await openPostgresStore(await freshDatabase(adminUrl, 'bench_fanout_one'));
  const oneIds = await subscribeAll(one, CHANNELS);
  console.log(`PostgreSQL, 1 process:    ${await fanOut([one], oneIds, false)}`);
  await one.close();

  const url = await freshDatabase(adminUrl, 'bench_fanout_many');
  const many = await Promise.all(Array.from({ length: PROCESSES }, () => openPostgresStore(url)));
  const manyIds = await subscribeAll(many[0] as Store, CHANNELS);
  console.log(`PostgreSQL, ${PROCESSES} processes:  ${await fanOut(many, manyIds, false)}`);
  for (const s of many) await s.close();

  const pacedUrl = await freshDatabase(adminUrl, 'bench_fanout_paced');
  const paced = await Promise.all(Array.from({ length: PROCESSES }, () => openPostgresStore(pacedUrl)));
  const pacedIds = await subscribeAll(paced[0] as Store, PACED);
  const floor = (PACED - 5) / 40;
  console.log(`PostgreSQL, ${PROCESSES} processes, shared bucket 40/s (floor ${floor.toFixed(1)} s): ${await fanOut(paced, pacedIds, true)}`);
  for (const s of paced) await s.close();
} finally {
  server?.destroy();
}
