import type { Rng } from '../prng.js';

/** A generated paper as it goes into a digest file. */
export interface DigestItem {
  title: string;
  abstract: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CHROME = ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'byAK and the research community', ''];

/** "Nov 21" for the day `daysBack` days before 2025-11-21 (digest dates carry no year). */
export function dateLabel(daysBack: number): string {
  const d = new Date(Date.UTC(2025, 10, 21) - daysBack * 86_400_000);
  return `${MONTHS[d.getUTCMonth()] ?? 'Jan'} ${d.getUTCDate()}`;
}

function publishedLine(rng: Rng): string {
  const d = new Date(Date.UTC(2023, 0, 1) + rng.int(0, 1000) * 86_400_000);
  const base = `${MONTHS[d.getUTCMonth()] ?? 'Jan'} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  return rng.chance(0.6) ? `${base} ${rng.int(1, 400)}` : base;
}

/**
 * One digest in the scraped text layout the loader reads: page chrome, the date line, then
 * title, blank, abstract, blank — with `• N authors` / `·` / `Oct 25, 2023 12` after each
 * abstract when `metadata` is set (as in the shipped 003 digest).
 */
export function renderDigest(rng: Rng, label: string, items: readonly DigestItem[], metadata: boolean): string {
  const lines = [...CHROME, label, ''];
  for (const item of items) {
    lines.push(item.title, '', item.abstract, '');
    if (metadata) lines.push(`  • ${rng.int(1, 30)} authors`, '·', publishedLine(rng), '');
  }
  return lines.join('\n');
}
