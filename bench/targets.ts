import { bytes, ms } from './format.js';
import type { BenchResults } from './results.js';

/** One target from issue 6 against what this run measured. */
export interface TargetCheck {
  target: string;
  measured: string;
  verdict: string;
  met: boolean | null;
}

const TARGET_SIZE = 100_000;
const GB = 1024 ** 3;

function check(target: string, value: number | null | undefined, limit: number, show: (v: number) => string, why = ''): TargetCheck {
  if (value === null || value === undefined || Number.isNaN(value)) return { target, measured: why || 'not measured', verdict: 'not measured', met: null };
  const met = value <= limit;
  const verdict = met ? 'met' : `missed by ${show(value - limit)} (${(value / limit).toFixed(1)}× the limit)`;
  return { target, measured: show(value), verdict, met };
}

/** The live-feed targets, at the largest size the livefeed section ran at (100k in a full run). */
function liveFeedChecks(r: BenchResults): TargetCheck[] {
  const live = r.liveFeed.at(-1);
  const at = live === undefined ? 'the largest size' : `${live.size.toLocaleString('en')} papers`;
  const below = live !== undefined && live.size < TARGET_SIZE ? ` (not run at ${TARGET_SIZE.toLocaleString('en')})` : '';
  const checks = [
    check(`add a day's list (50 papers) ≤ 1 s of work at ${at}${below} (median: parse + extendLibrary + applyLiveStats)`, live?.addDay.medianWorkMs, 1000, ms),
    check(`max event-loop stall ≤ 100 ms while adding a day at ${at}${below}`, live?.addDay.maxStallMs, 100, ms),
    check(`upvote refresh (applyLiveStats, every paper) ≤ 200 ms at ${at}${below}`, live?.upvotes.medianMs, 200, ms),
  ];
  const modes = r.liveFeed.flatMap((l) => l.addDay.runs.map((x) => ({ size: l.size, mode: x.mode })));
  const full = modes.filter((m) => m.mode !== 'in memory');
  if (modes.length === 0) checks.push({ target: 'no full rebuild when adding a day', measured: 'not measured', verdict: 'not measured', met: null });
  else {
    const measured = `${modes.length - full.length} of ${modes.length} days added in memory as one segment${full.length > 0 ? `; ${full.map((m) => `${m.mode} at ${m.size.toLocaleString('en')}`).join(', ')}` : ''}`;
    checks.push({ target: 'no full rebuild when adding a day (one more segment in memory, every size and day)', measured, verdict: full.length === 0 ? 'met' : `missed: ${full.length} not in memory`, met: full.length === 0 });
  }
  return checks;
}

/** Every target of issue 6, evaluated on this run's numbers. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const at100k = (): string => (r.sizes.includes(TARGET_SIZE) ? '' : `not run at ${TARGET_SIZE.toLocaleString('en')} papers (largest: ${(r.sizes.at(-1) ?? 0).toLocaleString('en')})`);
  const q = r.queries.find((x) => x.size === TARGET_SIZE)?.series;
  const start = r.startup.find((x) => x.size === TARGET_SIZE);
  const checks: TargetCheck[] = [
    check('autocomplete (suggest) p99 ≤ 10 ms in process at 100k', q?.suggest?.p99, 10, ms, at100k()),
    check('/search (searchPapers) p99 ≤ 50 ms in process at 100k', q?.search?.p99, 50, ms, at100k()),
    check('/paper (lookup) p99 ≤ 50 ms in process at 100k', q?.lookup?.p99, 50, ms, at100k()),
    check(`time to ready on restart ≤ 3 s at 100k (second open, source: ${start?.warm.source ?? '?'})`, start?.warm.readyMs, 3000, ms, at100k()),
    check('max event-loop stall ≤ 100 ms while building (first open) at 100k', start?.cold.stallMs, 100, ms, at100k()),
    check('max event-loop stall ≤ 100 ms while reloading (second open) at 100k', start?.warm.stallMs, 100, ms, at100k()),
    check('RSS ≤ 1.5 GB at 100k (after start, worse of first and second open)', start === undefined ? null : Math.max(start.cold.rss, start.warm.rss), 1.5 * GB, bytes, at100k()),
  ];
  const bot = r.e2e.find((x) => x.size === TARGET_SIZE);
  const noBot = r.e2e.length > 0 && bot === undefined ? `no end-to-end run at ${TARGET_SIZE.toLocaleString('en')} papers` : '';
  checks.push(
    check('time to ready on restart ≤ 3 s at 100k — the real bot, spawn → ready (process start, snapshot, login, commands)', bot?.restart?.readyMs, 3000, ms, noBot),
    check('RSS ≤ 1.5 GB at 100k — the real bot after its first start (indexing) and the interactions', bot?.first.rss, 1.5 * GB, bytes, noBot),
    check('RSS ≤ 1.5 GB at 100k — the real bot after a restart from the snapshot', bot?.restart?.rss, 1.5 * GB, bytes, noBot),
  );
  const e2e = r.e2e.find((x) => x.size === 351);
  for (const kind of ['paper', 'search', 'autocomplete'] as const) {
    checks.push(check(`${kind === 'autocomplete' ? 'autocomplete of /paper' : `/${kind}`} p99 ≤ 100 ms through the stand-in at 351 papers (sequential)`, e2e?.kinds[kind]?.sequential.p99, 100, ms));
    checks.push(check(`${kind === 'autocomplete' ? 'autocomplete of /paper' : `/${kind}`} p99 ≤ 100 ms through the stand-in at 351 papers (burst of 20)`, e2e?.kinds[kind]?.burst.p99, 100, ms));
  }
  checks.push(...liveFeedChecks(r));
  const f = r.fanOut;
  if (f === null) checks.push({ target: 'fan-out ≤ 1.2× floor, 0 lost, 0 duplicated', measured: 'not measured', verdict: 'not measured', met: null });
  else {
    const ratio = check(`fan-out to ${f.channels} channels ≤ 1.2× the floor (${ms(f.floorMs)} at ${f.rateLimit}/s)`, f.ratio, 1.2, (v) => `${v.toFixed(2)}×`);
    checks.push({ ...ratio, measured: `${ms(f.spanMs)} = ${f.ratio.toFixed(2)}× floor` });
    const clean = f.lost === 0 && f.duplicated === 0;
    checks.push({ target: 'fan-out: 0 lost and 0 duplicated digests', measured: `${f.lost} lost, ${f.duplicated} duplicated`, verdict: clean ? 'met' : `missed: ${f.lost} lost, ${f.duplicated} duplicated`, met: clean });
  }
  const m = r.multiFanOut;
  if (m === null) checks.push({ target: 'fan-out by 3 processes on PostgreSQL ≤ 1.2× floor, 0 lost, 0 twice', measured: 'not measured', verdict: 'not measured', met: null });
  else {
    const ratio = check(`fan-out to ${m.channels} channels by ${m.processes} processes on PostgreSQL ≤ 1.2× the floor (${ms(m.floorMs)} at ${m.rateLimit}/s)`, m.ratio, 1.2, (v) => `${v.toFixed(2)}×`);
    checks.push({ ...ratio, measured: `${ms(m.spanMs)} = ${m.ratio.toFixed(2)}× floor` });
    const clean = m.lost === 0 && m.duplicated === 0;
    checks.push({ target: `fan-out by ${m.processes} processes: 0 lost and 0 delivered twice`, measured: `${m.lost} lost, ${m.duplicated} twice`, verdict: clean ? 'met' : `missed: ${m.lost} lost, ${m.duplicated} twice`, met: clean });
  }
  return checks;
}
