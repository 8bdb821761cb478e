import { describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { startScheduler } from '../../src/schedule/startScheduler.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recordingLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'debug', write: (l) => lines.push(l) }) };
}

describe('startScheduler', () => {
  it('names SCHEDULE_CRON when the pattern is invalid', () => {
    const { logger } = recordingLogger();
    expect(() => startScheduler('every minute', () => Promise.resolve(), logger)).toThrow(ConfigError);
    expect(() => startScheduler('61 * * * *', () => Promise.resolve(), logger)).toThrow(
      'schedule: SCHEDULE_CRON "61 * * * *" is not a valid cron pattern (e.g. "* * * * *" for every minute)',
    );
  });

  it('never overlaps runs, skips ticks while busy, and stop() waits for the run in progress', async () => {
    const { lines, logger } = recordingLogger();
    let running = 0;
    let maxRunning = 0;
    let started = 0;
    let finished = 0;
    const scheduler = startScheduler('* * * * * *', async () => {
      started += 1;
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await sleep(1600); // longer than a tick
      running -= 1;
      finished += 1;
    }, logger);
    await sleep(2100); // at least one tick skipped while the first run is going
    await vi.waitFor(() => expect(running).toBe(1), { timeout: 3000, interval: 10 });
    await scheduler.stop();
    expect(running).toBe(0);
    expect(finished).toBe(started);
    expect(maxRunning).toBe(1);
    expect(lines.some((l) => l.includes('schedule: previous run still going; tick skipped'))).toBe(true);
    const after = started;
    await sleep(1200);
    expect(started).toBe(after); // stopped means stopped
  });

  it('logs a failing run and keeps ticking', async () => {
    const { lines, logger } = recordingLogger();
    let runs = 0;
    const scheduler = startScheduler('* * * * * *', () => {
      runs += 1;
      return Promise.reject(new Error('boom'));
    }, logger);
    await sleep(2300);
    await scheduler.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.includes('schedule: run failed') && l.includes('boom'))).toBe(true);
  });
});
