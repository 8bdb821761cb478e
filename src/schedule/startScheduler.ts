import cron from 'node-cron';
import { ConfigError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';

/** A running schedule. */
export interface Scheduler {
  /** Stops ticking and resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `job` on the cron `pattern` (from the variable `name`, SCHEDULE_CRON by default). Runs
 * never overlap: a tick that comes while the previous run is still going is skipped (and logged).
 * A job's error is logged, never thrown.
 */
export function startScheduler(pattern: string, job: () => Promise<unknown>, logger: Logger, name = 'SCHEDULE_CRON'): Scheduler & { nextRun(): Date | null } {
  if (!cron.validate(pattern)) {
    throw new ConfigError(`schedule: ${name} "${pattern}" is not a valid cron pattern (e.g. "* * * * *" for every minute)`);
  }
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    if (running !== null) {
      logger.warn('schedule: previous run still going; tick skipped');
      return;
    }
    running = (async () => {
      try {
        await job();
      } catch (error) {
        logger.error('schedule: run failed', { error: describeError(error) });
      } finally {
        running = null;
      }
    })();
  };
  const task = cron.schedule(pattern, tick);
  return {
    nextRun: () => task.getNextRun(),
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      if (running !== null) await running;
    },
  };
}
