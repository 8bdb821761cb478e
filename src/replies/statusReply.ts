import type { StatusView } from '../status/collectStatus.js';
import type { Reply } from './message.js';
import { safeClip } from './safeText.js';
import { COLORS } from './colors.js';
import { dayLabel } from '../trending/listings.js';

/** A Discord timestamp that every reader sees in their own time zone ("in 5 minutes"). */
function when(at: Date, style: 'R' | 'f' = 'R'): string {
  return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}

/** "3 d 4 h", "2 h 5 min", "42 s". */
export function formatUptime(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  return m > 0 ? `${m} min` : `${s} s`;
}

function feedLines(feed: NonNullable<StatusView['feed']>): string {
  const lines: string[] = [];
  const last = feed.lastFetch;
  if (last === null) lines.push('No fetch yet.');
  else lines.push(`Last fetch ${when(new Date(last.at))} (listing day ${last.day}): ${last.ok ? 'ok' : 'failed'} — ${safeClip(last.detail, 200)}`);
  if (last !== null && !last.ok && feed.lastSuccess !== null) lines.push(`Last success ${when(new Date(feed.lastSuccess.at))}. Serving everything stored meanwhile.`);
  if (feed.retryAt !== null) lines.push(`Retrying ${when(feed.retryAt)} (${feed.failures} failure${feed.failures === 1 ? '' : 's'} in a row).`);
  if (feed.nextPoll !== null) lines.push(`Next poll ${when(feed.nextPoll)}.`);
  return lines.join('\n');
}

/** /status: the catalogue, the live feed, this server's next digest, version and uptime. */
export function statusReply(view: StatusView): Reply {
  const catalogue = `${view.papers.toLocaleString('en-US')} papers${view.newestDay === null ? '' : ` · newest listing ${dayLabel(view.newestDay)}`}`;
  const digest = view.nextDigest === null ? 'None here — `/subscribe` sets one up.' : `<#${view.nextDigest.channelId}> ${when(view.nextDigest.at, 'f')} (${when(view.nextDigest.at)})`;
  return {
    embeds: [
      {
        title: 'paperboy status',
        color: COLORS.paper,
        fields: [
          { name: 'Catalogue', value: catalogue, inline: false },
          { name: 'Daily Papers feed', value: view.feed === null ? 'Off (DIGEST_FEED_URL=off): serving the digests on disk.' : feedLines(view.feed), inline: false },
          { name: 'Next digest in this server', value: digest, inline: false },
        ],
        footer: { text: `paperboy ${view.version}${view.shard === null ? '' : ` · shard ${view.shard.id} of ${view.shard.count}`} · up ${formatUptime(view.uptimeMs)}` },
      },
    ],
    ephemeral: true,
  };
}
