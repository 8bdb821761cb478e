/** "Now" for every library the benchmark builds: fixed, so trending scores never drift with the calendar. */
export const BENCH_NOW = new Date('2025-11-23T12:00:00Z');

/** Default seed for corpora and query sets. */
export const DEFAULT_SEED = 1;

/** Discord's global REST limit (requests per second) and the fan-out target against it. */
export const GLOBAL_RATE_LIMIT = 50;
