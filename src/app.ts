import { Events } from 'discord.js';
import { connectBot, type RunningBot } from './bot.js';
import type { Config } from './config.js';
import { LibraryHolder, offsetClock, type AppContext } from './context.js';
import { digestSignature } from './digest/digestSignature.js';
import { createLibraryRefresher } from './libraryRefresher.js';
import { loadCommands } from './discord/loadCommands.js';
import { createRestPoster } from './discord/restPoster.js';
import { digestReply } from './replies/digestReply.js';
import { describeError } from './errors.js';
import type { Logger } from './logger.js';
import { createDigestTick, FAN_OUT_CONCURRENCY } from './schedule/digestTick.js';
import { reconcileInFlight } from './schedule/reconcileInFlight.js';
import { startScheduler, type Scheduler } from './schedule/startScheduler.js';
import { openLibrary } from './search/openLibrary.js';
import { followLibrary } from './embeddings/followLibrary.js';
import { SemanticIndex } from './embeddings/semanticIndex.js';
import { prepareAnswering } from './answer/question/termRarity.js';
import { openStore } from './store/openStore.js';
import { processName } from './store/processName.js';
import { digestRateLimit, throttledPoster } from './schedule/throttledPoster.js';
import { createFeedPoller, type FeedPoller } from './feed/feedPoller.js';
import { startFeedPolling, type FeedPolling } from './feed/startFeedPolling.js';
import { DEFAULT_FETCH_LIMITS } from './feed/fetchDailyList.js';
import { applyLiveStatsGently } from './search/liveStats.js';
import { titleDocs } from './search/titleSearch.js';
import { USER_AGENT } from './version.js';
import { createMetrics } from './ops/metrics.js';
import { countedFeedPoller, countedPoster } from './ops/countedPorts.js';
import { startOpsServer, type OpsServer } from './ops/opsServer.js';
import type { StoreHealth } from './ops/health.js';
import { recommendedShards } from './discord/recommendedShards.js';
import { needsRecommendation, resolveSharding } from './shard/resolveSharding.js';
import { ownedStore } from './shard/ownedStore.js';

/** The running application; stop() finishes work in flight and closes everything. */
export interface App {
  ctx: AppContext;
  bot: RunningBot;
  reloadDigests(): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Builds the context (config, logger, clock, library, store) while logging in — the gateway
 * handshake overlaps loading the index — and once both are done reconciles deliveries left in
 * flight by a crash and starts the digest scheduler.
 */
export async function startApp(config: Config, logger: Logger, token: string): Promise<App> {
  const clock = offsetClock(config.clockStart);
  const store = await openStore(config, (message) => logger.error(message));
  const lease = { owner: processName(), ms: config.digestLeaseSeconds * 1000 };
  logger.info('store opened', { kind: store.kind, location: store.location, version: store.version, owner: lease.owner });
  const metrics = createMetrics();
  const checkStore = async (): Promise<StoreHealth> => {
    if (!store.writable()) return { ok: false, reason: `DATABASE_PATH ${config.databasePath} was deleted or replaced` };
    await store.ping();
    return { ok: true };
  };
  let connecting: ReturnType<typeof connectBot> | null = null;
  let serving = false;
  let ops: OpsServer | null = null;
  try {
    // Up before the login, answering 503 until the bot serves.
    if (config.http !== null) {
      ops = await startOpsServer(config.http.port, config.http.host, { metrics, checkStore, logger, serving: () => serving, shards: () => connecting?.shards() ?? [] });
    }
    const sharding = resolveSharding(config.shards, needsRecommendation(config.shards) ? await recommendedShards(config.discordApiBaseUrl, token) : null);
    logger.info('shards', { count: sharding.count, ids: sharding.ids });
    if (config.shards.count === 'auto' && config.shards.ids !== null) {
      logger.warn('SHARD_COUNT=auto with SHARD_IDS: every process must get the same recommendation from Discord, or some shards go unserved; prefer a fixed SHARD_COUNT', { count: sharding.count });
    }
    const commands = await loadCommands();
    connecting = connectBot(config, logger, commands, token, sharding);
    // A refused login ends start-up at once, not after the index has loaded.
    const refused = connecting.connected.then(() => new Promise<never>(() => undefined));
    // Observed by the race below; a refusal during digestSignature must not be an unhandled rejection.
    refused.catch(() => undefined);
    const signature = await digestSignature(config.digestsDir);
    const opened = await Promise.race([
      openLibrary({ digestsDir: config.digestsDir, cacheDir: config.indexCacheDir, now: clock.now(), logger, worker: true, titleSearchLater: true }),
      refused,
    ]);
    prepareAnswering(opened.library);
    const library = new LibraryHolder(opened.library);
    const warmStarted = Date.now();
    // The title index (typo matching for /paper) finishes loading in the background.
    opened.warmed.then(
      (warm) => {
        prepareAnswering(warm);
        // A refresh of live numbers may have swapped in a re-scored copy meanwhile: keep its scores.
        const current = library.current();
        // Papers added from the feed meanwhile join the loaded typo index before it is installed.
        const missing = current.papers.slice(warm.papers.length);
        if (current.titleSearch === null && current.papers[0] === warm.papers[0] && missing.length > 0) warm.titleSearch?.addAll(titleDocs(missing, warm.papers.length));
        const upgraded = current.titleSearch === null ? { ...current, titleSearch: warm.titleSearch } : null;
        if (upgraded !== null && library.replace(current, upgraded)) logger.info('title index loaded', { ms: Date.now() - warmStarted });
      },
      (error: unknown) => logger.error('title index could not be loaded; /paper typo matching is off until the next reload', { error: describeError(error) }),
    );
    const catalogue = opened.library.catalogue;
    if (catalogue.papers.length === 0) {
      logger.warn(`zero papers were loaded: DIGESTS_DIR ${config.digestsDir} holds no usable digest; every command will find nothing`, { files: catalogue.digests.length, warnings: catalogue.warnings.slice(0, 5) });
    }
    logger.info('catalogue loaded', { papers: catalogue.papers.length, entries: catalogue.entryCount, source: opened.source, ms: Math.round(opened.ms), indexMs: Math.round(opened.indexMs) });
    let polling: FeedPolling | null = null;
    let poller: FeedPoller | null = null;
    const feed = config.digestFeedUrl === null ? null : {
      status: () => poller?.status() ?? { lastFetch: null, lastSuccess: null, retryAt: null, failures: 0, newestDay: null },
      nextPoll: () => polling?.nextPoll() ?? null,
    };
    const stopping = new AbortController();
    // Search by meaning (EMBEDDINGS_BASE_URL): vectors load and fill in the background; until then, words alone.
    const semantic = config.embeddings === null ? null : new SemanticIndex({ config: config.embeddings, cacheDir: config.indexCacheDir, logger });
    const following = semantic === null ? null : followLibrary(semantic, () => library.current().papers, stopping.signal, logger);
    const ctx: AppContext = { config, logger, clock, library, store, shutdown: stopping.signal, feed, startedAt: clock.now(), metrics, checkStore, sharding, ...(semantic === null ? {} : { semantic }) };
    metrics.watch({ papers: () => library.current().papers.length, shards: () => connecting?.shards() ?? [] });
    // Digest jobs see only the guilds of this process's shards (all of them when it runs every shard).
    const jobCtx: AppContext = { ...ctx, store: ownedStore(store, sharding) };
    const refresher = createLibraryRefresher(ctx, signature);
    let scheduler: Scheduler | null = null;
    if (config.digestFeedUrl !== null) {
      poller = countedFeedPoller(createFeedPoller({
        url: config.digestFeedUrl,
        digestsDir: config.digestsDir,
        backfillDays: config.digestFeedBackfillDays,
        limits: { ...DEFAULT_FETCH_LIMITS, timeoutMs: config.digestFeedTimeoutMs },
        userAgent: USER_AGENT,
        pauseMs: 1000,
        clock,
        logger,
        // New papers join the library in memory (one more index segment); then every paper's
        // latest numbers are applied and trending re-scored — no rebuild, no restart.
        onStored: async ({ files, stats }) => {
          if (files.length > 0) await refresher.extend(files);
          library.swap(await applyLiveStatsGently(library.current(), stats, clock.now(), () => new Promise((resolve) => setTimeout(resolve, 1))));
        },
      }), metrics);
    }

    const bot = await connecting.serve(ctx, async (client) => {
      const throttled = throttledPoster(createRestPoster(client.rest, () => client.user.id), () => store.takeToken(digestRateLimit(config.digestPostsPerSecond), stopping.signal));
      const poster = countedPoster(throttled, metrics);
      const recovered = await reconcileInFlight({ store: jobCtx.store, poster, logger, concurrency: FAN_OUT_CONCURRENCY }, clock.now());
      if (recovered.recovered + recovered.pending > 0) logger.info('deliveries reconciled after restart', { ...recovered });
      client.on(Events.GuildDelete, (guild) => {
        store.removeGuild(guild.id).then(
          (removed) => logger.info('left a server; its subscriptions were removed', { guildId: guild.id, removed }),
          (error: unknown) => logger.error('could not remove a server\'s subscriptions', { guildId: guild.id, error: describeError(error) }),
        );
      });
      client.on(Events.ChannelDelete, (channel) => {
        store.pauseSubscription(channel.id, 'channel deleted', clock.now().toISOString()).then(
          (paused) => paused && logger.info('channel deleted; its subscription is paused', { channelId: channel.id }),
          (error: unknown) => logger.error('could not pause a deleted channel\'s subscription', { channelId: channel.id, error: describeError(error) }),
        );
      });
      scheduler = startScheduler(config.scheduleCron, createDigestTick(jobCtx, poster, digestReply, refresher, lease), logger);
      if (poller !== null) {
        polling = startFeedPolling(poller, config.digestFeedCron, logger);
        // In the background: the first day's list after a start then costs what every other one does.
        refresher.prepare().catch((error: unknown) => logger.warn('could not prepare the library for the feed', { error: describeError(error) }));
      }
    });
    serving = true;

    return {
      ctx,
      bot,
      reloadDigests: () => refresher.refresh(true),
      stop: async () => {
        serving = false;
        stopping.abort(new Error('paperboy is shutting down'));
        await following;
        await polling?.stop();
        await scheduler?.stop();
        await bot.stop();
        await ops?.close();
        await store.close();
      },
    };
  } catch (error) {
    await connecting?.abort().catch(() => undefined);
    await ops?.close();
    try {
      await store.close();
    } catch (closeError) {
      logger.warn('could not close the database', { error: describeError(closeError) });
    }
    throw error;
  }
}
