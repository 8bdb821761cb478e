import { monitorEventLoopDelay } from 'node:perf_hooks';

/** The longest the event loop was blocked while the probe ran, two ways. */
export interface Stall {
  /** Longest gap between ticks of a 5 ms interval, minus the 5 ms (what a Discord heartbeat or interaction would wait). */
  maxGapMs: number;
  /** perf_hooks monitorEventLoopDelay max (10 ms resolution). */
  histogramMaxMs: number;
}

/** Starts watching the event loop; `stop()` returns the longest stall seen. */
export function startStallProbe(): { stop(): Stall } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last - 5);
    last = now;
  }, 5);
  return {
    stop: () => {
      clearInterval(timer);
      histogram.disable();
      maxGap = Math.max(maxGap, performance.now() - last - 5);
      return { maxGapMs: Math.max(0, maxGap), histogramMaxMs: histogram.max / 1e6 };
    },
  };
}
