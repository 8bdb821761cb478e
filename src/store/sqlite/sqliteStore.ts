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
  const run = <A extends unknown[], R>(f: (...args: A) => R) => (...args: A): Promise<R> => {
    try {
      return Promise.resolve(f(...args));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  };
  return {
    kind: 'sqlite',
    location: db.path,
    version: db.version,
    writable: () => db.writable(),
    upsertSubscription: run(db.upsertSubscription),
    getSubscription: run(db.getSubscription),
    listSubscriptions: run(db.listSubscriptions),
    removeSubscription: run(db.removeSubscription),
    removeTopic: run(db.removeTopic),
    pauseSubscription: run(db.pauseSubscription),
    resumeSubscription: run(db.resumeSubscription),
    removeGuild: run(db.removeGuild),
    getDelivery: run(db.getDelivery),
    deliveriesOn: run((keys: readonly { channelId: string; localDate: string }[]) => {
      const found = new Map<string, Delivery>();
      for (const { channelId, localDate } of keys) {
        const row = db.getDelivery(channelId, localDate);
        if (row !== null) found.set(deliveryKey(channelId, localDate), row);
      }
      return found;
    }),
    lastDelivery: run(db.lastDelivery),
    claimDelivery: run(db.claimDelivery),
    takeLease: run(db.takeLease),
    markDelivered: run(db.markDelivered),
    markNothingNew: run(db.markNothingNew),
    scheduleRetry: run(db.scheduleRetry),
    markFailed: run(db.markFailed),
    inFlightDeliveries: run(db.inFlightDeliveries),
    deliveredPaperIds: run(db.deliveredPaperIds),
    takeToken: localTokenBuckets(),
    dump: run(db.dump),
    load: run(db.load),
    close: run(() => db.close()),
  };
}

/** Opens (creating and migrating) the SQLite file at DATABASE_PATH as a Store. */
export function openSqliteStore(file: string, options: StoreOptions = {}): Store {
  return sqliteStore(openSqlite(file, options));
}
