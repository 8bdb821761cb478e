import { UserError } from '../errors.js';
import { queryTerms } from '../search/queryTerms.js';
import { canonicalTimeZone, closeTimeZones, isValidTimeZone } from '../text/timeZones.js';
import { parseTopic, type Topic } from './topic.js';

/** Caps on what one subscription may hold. */
export const SUBSCRIBE_LIMITS = { topics: 5, topicLength: 60, minCount: 1, maxCount: 10, defaultCount: 5, defaultTime: '09:00' } as const;

/** The raw /subscribe options (null = not given). */
export interface SubscribeOptions {
  topics: string | null;
  time: string | null;
  timezone: string | null;
  count: number | null;
}

/** Validated subscription settings. */
export interface SubscribeSettings {
  topics: Topic[];
  time: string;
  timezone: string;
  count: number;
}

/** "9", "9:30", "09:30", "9am", "9:30 pm", "21h" → "HH:MM"; null when it is not a time of day. */
export function parseTimeOfDay(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h)?$/i.exec(text.trim());
  if (m === null) return null;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const suffix = m[3]?.toLowerCase();
  if (suffix === 'am' || suffix === 'pm') {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (suffix === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Splits "diffusion -survey, kv cache" into topics, enforcing the caps with clear answers. */
export function parseTopics(text: string | null): Topic[] {
  if (text === null || text.trim().length === 0) return [];
  const parts = text.split(/[,;\n]/).map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0);
  // Only separators (",,, ,") is a mistake, not a request for general trending (leave topics out for that).
  if (parts.length === 0) throw new UserError('Those topics are only commas and spaces. Give a few topic words, like `linear attention, kv cache`, or leave `topics` out for general trending.');
  if (parts.length > SUBSCRIBE_LIMITS.topics) {
    throw new UserError(`That is ${parts.length} topics; a channel can follow at most ${SUBSCRIBE_LIMITS.topics}. Keep the ones that matter most (comma-separated).`);
  }
  const topics: Topic[] = [];
  for (const part of parts) {
    if (part.length > SUBSCRIBE_LIMITS.topicLength) {
      throw new UserError(`The topic “${part.slice(0, 40)}…” is ${part.length} characters; keep each topic under ${SUBSCRIBE_LIMITS.topicLength} (a few words, like \`kv cache\`).`);
    }
    const topic = parseTopic(part);
    if (queryTerms(topic.query).terms.length === 0 && topic.exclude.length === 0) {
      throw new UserError(`“${part}” has no words I can search for. Use a few topic words, like \`linear attention\` or \`diffusion -survey\`.`);
    }
    if (!topics.some((t) => t.text.toLowerCase() === topic.text.toLowerCase())) topics.push(topic);
  }
  return topics;
}

/** Validates every /subscribe option; throws a UserError naming the first problem and the fix. */
export function parseSubscribeInput(options: SubscribeOptions, defaultTimezone: string): SubscribeSettings {
  const topics = parseTopics(options.topics);
  const time = options.time === null ? SUBSCRIBE_LIMITS.defaultTime : parseTimeOfDay(options.time);
  if (time === null) throw new UserError(`“${options.time?.slice(0, 20) ?? ''}” is not a time of day. Use HH:MM in 24-hour time, like \`09:00\` or \`18:30\`.`);
  const timezone = options.timezone?.trim() || defaultTimezone;
  if (!isValidTimeZone(timezone)) {
    const close = closeTimeZones(timezone);
    throw new UserError(`“${timezone.slice(0, 40)}” is not a time zone I know.${close.length > 0 ? ` Did you mean ${close.map((z) => `\`${z}\``).join(', ')}?` : ''} Use an IANA name like \`Europe/Berlin\`.`);
  }
  const count = options.count ?? SUBSCRIBE_LIMITS.defaultCount;
  if (!Number.isInteger(count) || count < SUBSCRIBE_LIMITS.minCount || count > SUBSCRIBE_LIMITS.maxCount) {
    throw new UserError(`\`count\` must be a whole number from ${SUBSCRIBE_LIMITS.minCount} to ${SUBSCRIBE_LIMITS.maxCount}.`);
  }
  return { topics, time, timezone: canonicalTimeZone(timezone), count };
}
