import type { Delivery } from '../../subscriptions/subscription.js';
import { deliveryKey, type Store } from '../store.js';
import { localTokenBuckets } from '../tokenBucket.js';
import { openSqlite, type SqliteDb, type StoreOptions } from './openStore.js';

/**
 * The Store port over one SQLite file. Every call runs synchronously inside (better-sqlite3, a
 * few microseconds each) and its promise settles with the result or the error; the token bucket
 * lives in this process, as a SQLite file serves one bot process.
 */
export function sqliteStore(db: SqliteDb): Store {
  // Settles with f's result, or rejects with what it threw (an executor that throws rejects).
  const run = <R>(f: () => R): Promise<R> => new Promise((resolve) => resolve(f()));
  return {
    kind: 'sqlite',
    location: db.path,
    version: db.version,
    writable: () => db.writable(),
    ping: () =>
      run(() => {
        if (!db.writable()) throw new Error(`store: DATABASE_PATH ${db.path} was deleted or replaced`);
        db.lastDelivery('');
      }),
    upsertSubscription: (input) => run(() => db.upsertSubscription(input)),
    getSubscription: (channelId) => run(() => db.getSubscription(channelId)),
    listSubscriptions: (guildId) => run(() => db.listSubscriptions(guildId)),
    removeSubscription: (channelId, at) => run(() => db.removeSubscription(channelId, at)),
    removeTopic: (channelId, topic, at) => run(() => db.removeTopic(channelId, topic, at)),
    pauseSubscription: (channelId, reason, at) => run(() => db.pauseSubscription(channelId, reason, at)),
    resumeSubscription: (channelId, at) => run(() => db.resumeSubscription(channelId, at)),
    removeGuild: (guildId) => run(() => db.removeGuild(guildId)),
    getDelivery: (channelId, localDate) => run(() => db.getDelivery(channelId, localDate)),
    deliveriesOn: (keys) =>
      run(() => {
        const found = new Map<string, Delivery>();
        for (const { channelId, localDate } of keys) {
          const row = db.getDelivery(channelId, localDate);
          if (row !== null) found.set(deliveryKey(channelId, localDate), row);
        }
        return found;
      }),
    lastDelivery: (channelId) => run(() => db.lastDelivery(channelId)),
    claimDelivery: (input, lease) => run(() => db.claimDelivery(input, lease)),
    takeLease: (channelId, localDate, lease) => run(() => db.takeLease(channelId, localDate, lease)),
    markDelivered: (channelId, localDate, messageId, at) => run(() => db.markDelivered(channelId, localDate, messageId, at)),
    markNothingNew: (input) => run(() => db.markNothingNew(input)),
    scheduleRetry: (channelId, localDate, retry) => run(() => db.scheduleRetry(channelId, localDate, retry)),
    markFailed: (channelId, localDate, error, at) => run(() => db.markFailed(channelId, localDate, error, at)),
    inFlightDeliveries: () => run(() => db.inFlightDeliveries()),
    deliveredPaperIds: (channelId) => run(() => db.deliveredPaperIds(channelId)),
    takeToken: localTokenBuckets(),
    dump: () => run(() => db.dump()),
    load: (dump) => run(() => db.load(dump)),
    close: () => run(() => db.close()),
  };
}

/** Opens (creating and migrating) the SQLite file at DATABASE_PATH as a Store. */
export function openSqliteStore(file: string, options: StoreOptions = {}): Store {
  return sqliteStore(openSqlite(file, options));
}
