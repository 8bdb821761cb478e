import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../context.js';
import { readFeedState, writeAtomically, writeFeedState, type FeedFetchRecord, type FeedState } from '../digest/feedState.js';
import type { Logger } from '../logger.js';
import { nextRetryDelay } from './feedRetry.js';
import { fetchDailyList, type FetchLimits } from './fetchDailyList.js';
import { dayFileName, mergeDayList } from './mergeDayList.js';
import { planFeedPoll } from './planFeedPoll.js';

/** What a poll needs from outside. */
export interface FeedPollerDeps {
  url: string;
  digestsDir: string;
  backfillDays: number;
  limits: FetchLimits;
  userAgent: string;
  /** Pause between two requests of one poll (about a second: a good API citizen). */
  pauseMs: number;
  clock: Clock;
  logger: Logger;
  fetchImpl?: typeof fetch;
  /** Called after a poll stored something: new digest files to index, and/or new live numbers. */
  onStored(change: { files: string[]; stats: FeedState['stats'] }): Promise<void>;
}

/** How one poll went. */
export interface PollSummary {
  fetched: string[];
  papersAdded: number;
  statsChanged: number;
  failed: { day: string; reason: string } | null;
  /** When the next try is due after a failure (clock time, and milliseconds from now), else null. */
  retryAt: Date | null;
  retryInMs: number | null;
  skipped: string | null;
}

/** What /status and the CLI show about the feed. */
export interface FeedStatus {
  lastFetch: FeedFetchRecord | null;
  lastSuccess: FeedFetchRecord | null;
  retryAt: Date | null;
  failures: number;
  newestDay: string | null;
}

export interface FeedPoller {
  /** Fetches what the plan says (backfill, yesterday's final numbers, today); one poll at a time. */
  poll(): Promise<PollSummary>;
  /** Fetches the given days now, oldest first, whatever the plan says (CLI `fetch`). */
  fetchDays(days: readonly string[]): Promise<PollSummary>;
  status(): FeedStatus;
}

/**
 * Follows the daily papers list. Each fetched day is folded into the feed state; papers not seen
 * that day before are written as one more digest file (`daily-papers-<day>-NN.json`, raw items as
 * the API gave them), which the incremental indexer adds as a segment; live numbers go to the
 * state file. A failed request stops the poll and sets a back-off (Retry-After, else a minute,
 * doubling); polls before it is due are skipped.
 */
export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  let state: FeedState | null = null;
  let retryAt: Date | null = null;
  let failures = 0;
  let running: Promise<PollSummary> | null = null;

  const loadState = async (): Promise<FeedState> => {
    if (state === null) {
      const read = await readFeedState(deps.digestsDir);
      if (read.problem !== null) deps.logger.warn(read.problem);
      state = read.state;
    }
    return state;
  };

  const record = async (next: FeedState, fetch: FeedFetchRecord): Promise<void> => {
    state = { ...next, lastFetch: fetch, lastSuccess: fetch.ok ? fetch : next.lastSuccess };
    await writeFeedState(deps.digestsDir, state);
  };

  const run = async (days: readonly string[]): Promise<PollSummary> => {
    const summary: PollSummary = { fetched: [], papersAdded: 0, statsChanged: 0, failed: null, retryAt: null, retryInMs: null, skipped: null };
    const files: string[] = [];
    for (const [i, day] of days.entries()) {
      if (i > 0) await sleep(deps.pauseMs);
      const current = await loadState();
      const answer = await fetchDailyList(deps.url, day, deps.limits, deps.userAgent, deps.fetchImpl);
      const now = deps.clock.now();
      if (!answer.ok) {
        failures += 1;
        const delay = nextRetryDelay(failures, answer.retryAfterMs);
        retryAt = new Date(now.getTime() + delay);
        summary.failed = { day, reason: answer.reason };
        summary.retryAt = retryAt;
        summary.retryInMs = delay;
        await record(current, { at: now.toISOString(), day, ok: false, detail: answer.reason });
        deps.logger.warn('feed: fetch failed; serving what is stored, retrying later', { day, reason: answer.reason, retryAt: retryAt.toISOString() });
        break;
      }
      failures = 0;
      retryAt = null;
      const file = dayFileName(day, (current.days[day]?.files.length ?? 0) + 1);
      const merged = mergeDayList(current, day, answer.items, now, file);
      for (const warning of merged.warnings.slice(0, 20)) deps.logger.warn(warning);
      if (merged.warnings.length > 20) deps.logger.warn(`feed: ${day}: … and ${merged.warnings.length - 20} more invalid items`);
      // The papers' text first, then the state that says it is stored: a crash in between only
      // means the day's list is asked for again.
      if (merged.fresh.length > 0) {
        await writeAtomically(path.join(deps.digestsDir, file), JSON.stringify(merged.fresh, null, 1));
        files.push(file);
      }
      const detail = `${answer.items.length} listed, ${merged.fresh.length} new`;
      await record(merged.state, { at: now.toISOString(), day, ok: true, detail });
      summary.fetched.push(day);
      summary.papersAdded += merged.fresh.length;
      summary.statsChanged += merged.changed;
    }
    if (files.length > 0 || summary.statsChanged > 0) await deps.onStored({ files, stats: (await loadState()).stats });
    if (summary.fetched.length > 0) deps.logger.info('feed: polled', { days: summary.fetched, papersAdded: summary.papersAdded, statsChanged: summary.statsChanged });
    return summary;
  };

  const exclusive = (work: () => Promise<PollSummary>): Promise<PollSummary> => {
    running ??= work().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    poll: () =>
      exclusive(async () => {
        const now = deps.clock.now();
        if (retryAt !== null && now < retryAt) {
          return { fetched: [], papersAdded: 0, statsChanged: 0, failed: null, retryAt, retryInMs: null, skipped: `backing off until ${retryAt.toISOString()}` };
        }
        return run(planFeedPoll(now, await loadState(), deps.backfillDays));
      }),
    fetchDays: (days) => exclusive(() => run([...days].sort())),
    status: () => ({
      lastFetch: state?.lastFetch ?? null,
      lastSuccess: state?.lastSuccess ?? null,
      retryAt,
      failures,
      newestDay: Object.keys(state?.days ?? {}).filter((d) => (state?.days[d]?.ids.length ?? 0) > 0).sort().at(-1) ?? null,
    }),
  };
}
