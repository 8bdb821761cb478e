/** Text helpers that turn a digest paper into the fields the API would carry. */

const STOP_WORDS = new Set(
  'a an and are as at based by for from in into is it its of on or over the their to toward towards via with without we our this that using can be not than more how what when why'.split(' '),
);

/** Re-wraps text with hard `\n` line breaks at about `width` characters, as the API's summaries have. */
export function wrapHard(text: string, width = 80): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.join('\n');
}

/** The abstract's first sentence on one line (an AI TL;DR stand-in). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^.{20,}?[.!?](?=\s|$)/.exec(flat);
  return (match?.[0] ?? flat).slice(0, 300);
}

/** Up to `count` lowercase phrases (word pairs, then single words) from the title, then the abstract. */
export function keywords(title: string, abstract: string, count: number): string[] {
  const out = new Set<string>();
  for (const source of [title, abstract]) {
    const words = source.toLowerCase().split(/[^a-z0-9-]+/).filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d/.test(w));
    for (let i = 0; i + 1 < words.length && out.size < count; i++) out.add(`${words[i]} ${words[i + 1]}`);
    for (const word of words) if (out.size < count) out.add(word);
  }
  return [...out].slice(0, count);
}

/** `day` moved by `delta` days (UTC, `YYYY-MM-DD`). */
export function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** A real calendar day written `YYYY-MM-DD` (what the API accepts in `?date=`). */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && addDays(value, 0) === value;
}
