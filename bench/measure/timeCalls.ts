import { summarize, type Summary } from '../stats.js';

/** A latency series, with how many inputs it covered before its time budget ran out. */
export interface Timed extends Summary {
  /** Inputs there were; `n` below it means the budget stopped the series early. */
  planned: number;
  /** Calls that threw (timed all the same). */
  errors: number;
}

/** One timed call. */
export interface Sample {
  ms: number;
  failed: boolean;
}

/**
 * Times `call` once per input (after a few untimed warm-up calls), stopping once `budgetMs` of
 * measured time is spent so one slow path cannot eat the whole run. Sample i belongs to input i.
 */
export function timeEach<T>(inputs: readonly T[], call: (input: T) => unknown, budgetMs = 60_000, warmup = 5): Sample[] {
  for (const input of inputs.slice(0, warmup)) {
    try {
      call(input);
    } catch {
      // counted when timed
    }
  }
  const samples: Sample[] = [];
  let spent = 0;
  for (const input of inputs) {
    let failed = false;
    const started = performance.now();
    try {
      call(input);
    } catch {
      failed = true;
    }
    const ms = performance.now() - started;
    samples.push({ ms, failed });
    spent += ms;
    if (spent > budgetMs) break;
  }
  return samples;
}

/** Summarizes samples against how many inputs were planned. */
export function toTimed(samples: readonly Sample[], planned: number): Timed {
  return { ...summarize(samples.map((s) => s.ms)), planned, errors: samples.filter((s) => s.failed).length };
}

/** timeEach, summarized. */
export function timeCalls<T>(inputs: readonly T[], call: (input: T) => unknown, budgetMs = 60_000, warmup = 5): Timed {
  return toTimed(timeEach(inputs, call, budgetMs, warmup), inputs.length);
}
