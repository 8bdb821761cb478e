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
import { prepareAnswering } from './answer/termRarity.js';
import { openStore } from './subscriptions/openStore.js';
import { createFeedPoller, type FeedPoller } from './feed/feedPoller.js';
import { startFeedPolling, type FeedPolling } from './feed/startFeedPolling.js';
import { DEFAULT_FETCH_LIMITS } from './feed/fetchDailyList.js';
import { applyLiveStatsGently } from './search/liveStats.js';
import { titleDocs } from './search/titleSearch.js';
import { USER_AGENT } from './version.js';

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
  const store = openStore(config.databasePath, { onGone: (message) => logger.error(message) });
  let connecting: ReturnType<typeof connectBot> | null = null;
  try {
    const commands = await loadCommands();
    connecting = connectBot(config, logger, commands, token);
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
    const ctx: AppContext = { config, logger, clock, library, store, shutdown: stopping.signal, feed, startedAt: clock.now(), ...(semantic === null ? {} : { semantic }) };
    const refresher = createLibraryRefresher(ctx, signature);
    let scheduler: Scheduler | null = null;
    if (config.digestFeedUrl !== null) {
      poller = createFeedPoller({
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
      });
    }

    const bot = await connecting.serve(ctx, async (client) => {
      const poster = createRestPoster(client.rest, () => client.user.id);
      const recovered = await reconcileInFlight({ store, poster, logger, concurrency: FAN_OUT_CONCURRENCY }, clock.now());
      if (recovered.recovered + recovered.pending > 0) logger.info('deliveries reconciled after restart', { ...recovered });
      client.on(Events.GuildDelete, (guild) => {
        const removed = store.removeGuild(guild.id);
        logger.info('left a server; its subscriptions were removed', { guildId: guild.id, removed });
      });
      client.on(Events.ChannelDelete, (channel) => {
        if (store.pauseSubscription(channel.id, 'channel deleted', clock.now().toISOString())) {
          logger.info('channel deleted; its subscription is paused', { channelId: channel.id });
        }
      });
      scheduler = startScheduler(config.scheduleCron, createDigestTick(ctx, poster, digestReply, refresher), logger);
      if (poller !== null) {
        polling = startFeedPolling(poller, config.digestFeedCron, logger);
        // In the background: the first day's list after a start then costs what every other one does.
        refresher.prepare().catch((error: unknown) => logger.warn('could not prepare the library for the feed', { error: describeError(error) }));
      }
    });

    return {
      ctx,
      bot,
      reloadDigests: () => refresher.refresh(true),
      stop: async () => {
        stopping.abort(new Error('paperboy is shutting down'));
        await following;
        await polling?.stop();
        await scheduler?.stop();
        await bot.stop();
        store.close();
      },
    };
  } catch (error) {
    await connecting?.abort().catch(() => undefined);
    try {
      store.close();
    } catch (closeError) {
      logger.warn('could not close the database', { error: describeError(closeError) });
    }
    throw error;
  }
}
