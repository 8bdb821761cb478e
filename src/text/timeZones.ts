/** True when `name` is a time zone this Node.js build knows (IANA names and UTC). */
export function isValidTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A valid zone name spelled as the IANA list spells it ("europe/berlin" → "Europe/Berlin"); other valid names (links like "US/Pacific") as typed. */
export function canonicalTimeZone(name: string): string {
  const lower = name.toLowerCase();
  return allTimeZones().find((zone) => zone.toLowerCase() === lower) ?? name;
}

/** All IANA zone names, plus UTC (which Intl omits from the list). */
export function allTimeZones(): readonly string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

/**
 * Zone names close to what was typed, best first: same city or region part, then the fewest
 * edits — so "Europe/Berln" or "berlin" suggests Europe/Berlin.
 */
export function closeTimeZones(typed: string, count = 3): string[] {
  const want = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (want.length === 0) return [];
  const scored = allTimeZones().map((zone) => {
    const lower = zone.toLowerCase();
    const city = lower.slice(lower.lastIndexOf('/') + 1);
    const wantCity = want.slice(want.lastIndexOf('/') + 1);
    let score = levenshtein(lower, want);
    if (city === wantCity) score -= 100;
    else if (city.startsWith(wantCity) || lower.includes(want)) score -= 50;
    else score = Math.min(score, levenshtein(city, wantCity) + 2);
    return { zone, score };
  });
  scored.sort((a, b) => a.score - b.score || a.zone.localeCompare(b.zone));
  return scored.slice(0, count).map((s) => s.zone);
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Zone names matching what is being typed (for autocomplete), at most `count`. */
export function matchTimeZones(typed: string, count = 25): string[] {
  const want = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const zones = allTimeZones();
  if (want.length === 0) return ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney'].slice(0, count);
  const starts = zones.filter((z) => z.toLowerCase().startsWith(want) || z.toLowerCase().split('/').some((p) => p.startsWith(want)));
  const contains = zones.filter((z) => !starts.includes(z) && z.toLowerCase().includes(want));
  const found = [...starts, ...contains];
  return (found.length > 0 ? found : closeTimeZones(typed, count)).slice(0, count);
}
