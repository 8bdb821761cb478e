/** A wall-clock reading: local date 'YYYY-MM-DD' and time 'HH:MM'. */
export interface LocalDateTime {
  date: string;
  time: string;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch {
      throw new Error(`local-time: "${timeZone}" is not an IANA time zone`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock at `ms` in the zone, as if it were UTC (whole seconds). */
function wallClock(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local date and time of an instant in an IANA zone. */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const d = new Date(wallClock(instant.getTime(), timeZone));
  return {
    date: `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

function parseLocal(localDate: string, time: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (d === null) throw new Error(`local-time: "${localDate}" is not a date (YYYY-MM-DD)`);
  if (t === null) throw new Error(`local-time: "${time}" is not a time (HH:MM, 00:00–23:59)`);
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (new Date(ms).getUTCDate() !== Number(d[3])) throw new Error(`local-time: "${localDate}" is not a date (no such day)`);
  return ms;
}

/**
 * The instant when the zone's clocks show `time` on `localDate`. A time skipped by a clock change
 * (02:30 when clocks jump 02:00→03:00) gives the first instant after the gap (03:00); a time shown
 * twice (clocks falling back) gives its first occurrence.
 */
export function zonedInstant(localDate: string, time: string, timeZone: string): Date {
  const wanted = parseLocal(localDate, time);
  // Offsets a day either side bracket any clock change near the wanted time.
  const offsets = [...new Set([offsetAt(wanted - DAY_MS, timeZone), offsetAt(wanted, timeZone), offsetAt(wanted + DAY_MS, timeZone)])];
  const exact = offsets.map((o) => wanted - o).filter((ms) => wallClock(ms, timeZone) === wanted);
  if (exact.length > 0) return new Date(Math.min(...exact));
  // In a gap: the wall clock is before `wanted` at lo and past it at hi; find the jump.
  let lo = wanted - Math.max(...offsets);
  let hi = wanted - Math.min(...offsets);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallClock(mid, timeZone) > wanted) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** The local date `days` after (or before) `localDate`. */
export function addDays(localDate: string, days: number): string {
  const d = new Date(parseLocal(localDate, '00:00') + days * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
