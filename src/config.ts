import cron from 'node-cron';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import type { LogLevel } from './logger.js';
import { isValidTimeZone } from './text/timeZones.js';
import { MAX_SHARD_ID, parseShardIds } from './shard/parseShardIds.js';
import { shardIdsProblem, type ShardSettings } from './shard/resolveSharding.js';

/** Everything paperboy reads from the environment, validated once at start-up. */
export interface Config {
  discordToken: string | null;
  discordGuildId: string | null;
  discordApiBaseUrl: string | null;
  digestsDir: string;
  logLevel: LogLevel;
  databasePath: string;
  /** PostgreSQL instead of the SQLite file at databasePath, when set. */
  databaseUrl: string | null;
  /** How long a process's claim on a pending digest lasts before another may take it over. */
  digestLeaseSeconds: number;
  /** Digest posts per second, all processes together (a shared token bucket). */
  digestPostsPerSecond: number;
  indexCacheDir: string;
  digestTimezone: string;
  /** Hugging Face's daily papers API (or a stand-in); null when DIGEST_FEED_URL=off. */
  digestFeedUrl: string | null;
  digestFeedTimeoutMs: number;
  digestFeedCron: string;
  digestFeedBackfillDays: number;
  scheduleCron: string;
  clockStart: Date | null;
  llm: { baseUrl: string; model: string; apiKey: string | null; timeoutMs: number } | null;
  /** SHARD_COUNT / SHARD_IDS; resolved against Discord's recommendation at login (src/shard/). */
  shards: ShardSettings;
  /** The health and metrics endpoint, or null when HTTP_PORT is unset (0 = any free port). */
  http: { port: number; host: string } | null;
  /** Optional OpenAI-compatible embeddings endpoint for search by meaning; null = lexical only, nothing sent. */
  embeddings: EmbeddingsConfig | null;
}

/** Where and how to embed papers and queries (`POST <baseUrl>/embeddings`). */
export interface EmbeddingsConfig {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  /** A query's embedding gives up after this long and /search answers lexically. */
  timeoutMs: number;
}

const TOKEN_HELP =
  'Create an application at https://discord.com/developers/applications, open "Bot", press "Reset Token", ' +
  'and put it in .env as DISCORD_TOKEN=... (see .env.example).';

const optionalText = z
  .string()
  .transform((v) => v.trim())
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v));

/** Where the live papers come from by default: the list the shipped digests were scraped from. */
export const DEFAULT_FEED_URL = 'https://huggingface.co/api/daily_papers';
/** Hourly, at a fixed minute: about 2 requests an hour, far under the source's limits. */
export const DEFAULT_FEED_CRON = '7 * * * *';

const optionalUrl = optionalText.refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), {
  message: 'must be an http(s) URL, e.g. http://127.0.0.1:8080/api',
});

const schema = z.object({
  DISCORD_TOKEN: optionalText
    .transform((v) => (v === null ? null : v.replace(/^Bot\s+/i, '')))
    .refine((v) => v === null || /^[\w.-]+$/.test(v), { message: 'contains spaces or characters a Discord token never has' }),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === null || /^\d{15,21}$/.test(v), {
    message: 'must be a server id (a 15–21 digit snowflake; enable Developer Mode, right-click the server, "Copy Server ID")',
  }),
  DISCORD_API_BASE_URL: optionalUrl,
  DIGESTS_DIR: optionalText.transform((v) => v ?? 'data/digests'),
  LOG_LEVEL: optionalText
    .transform((v) => (v ?? 'info').toLowerCase())
    .pipe(z.enum(['debug', 'info', 'warn', 'error'], { message: 'must be one of debug, info, warn, error' })),
  DATABASE_PATH: optionalText.transform((v) => v ?? 'data/paperboy.db'),
  DATABASE_URL: optionalText.refine((v) => v === null || /^postgres(?:ql)?:\/\/[^\s]+$/i.test(v), {
    message: 'must be a PostgreSQL URL, e.g. postgres://paperboy:secret@127.0.0.1:5432/paperboy (or empty for SQLite at DATABASE_PATH)',
  }),
  DIGEST_LEASE_SECONDS: optionalText
    .transform((v) => Number(v ?? '60'))
    .refine((v) => Number.isInteger(v) && v >= 5 && v <= 3600, { message: 'must be a whole number of seconds (5–3600)' }),
  DIGEST_POSTS_PER_SECOND: optionalText
    .transform((v) => Number(v ?? '45'))
    .refine((v) => Number.isFinite(v) && v > 0 && v <= 45, { message: 'must be a number of posts per second above 0 and at most 45 (Discord allows a bot 50 requests a second, bursts included)' }),
  INDEX_CACHE_DIR: optionalText.transform((v) => v ?? 'data/.cache'),
  DIGEST_TIMEZONE: optionalText
    .transform((v) => v ?? 'UTC')
    .refine(isValidTimeZone, { message: 'is not an IANA time zone (e.g. UTC, Europe/Berlin, America/New_York)' }),
  DIGEST_FEED_URL: optionalText
    .transform((v) => v ?? DEFAULT_FEED_URL)
    .refine((v) => v.toLowerCase() === 'off' || /^https?:\/\/[^\s]+$/i.test(v), { message: 'must be an http(s) URL of the daily papers API, or "off"' })
    .transform((v) => (v.toLowerCase() === 'off' ? null : v)),
  DIGEST_FEED_CRON: optionalText
    .transform((v) => v ?? DEFAULT_FEED_CRON)
    .refine((v) => cron.validate(v), { message: 'is not a valid cron pattern (e.g. "7 * * * *" for every hour at :07)' }),
  DIGEST_FEED_BACKFILL_DAYS: optionalText
    .transform((v) => Number(v ?? '7'))
    .refine((v) => Number.isInteger(v) && v >= 0 && v <= 60, { message: 'must be a whole number of days (0–60)' }),
  DIGEST_FEED_TIMEOUT_MS: optionalText
    .transform((v) => Number(v ?? '15000'))
    .refine((v) => Number.isInteger(v) && v >= 100 && v <= 300_000, { message: 'must be a whole number of milliseconds (100–300000)' }),
  SCHEDULE_CRON: optionalText
    .transform((v) => v ?? '* * * * *')
    .refine((v) => cron.validate(v), { message: 'is not a valid cron pattern (e.g. "* * * * *" for every minute; seconds allowed)' }),
  CLOCK_START: optionalText.refine((v) => v === null || !Number.isNaN(Date.parse(v)), {
    message: 'must be an ISO date-time such as 2026-03-01T08:59:00Z',
  }),
  LLM_BASE_URL: optionalUrl,
  LLM_MODEL: optionalText,
  LLM_API_KEY: optionalText,
  LLM_TIMEOUT_MS: optionalText
    .transform((v) => Number(v ?? '8000'))
    .refine((v) => Number.isInteger(v) && v >= 100 && v <= 120_000, { message: 'must be a whole number of milliseconds (100–120000)' }),
  SHARD_COUNT: optionalText
    .refine((v) => v === null || v.toLowerCase() === 'auto' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SHARD_ID + 1), {
      message: `must be a whole number of shards (1–${MAX_SHARD_ID + 1}) or "auto" (Discord's recommendation)`,
    })
    .transform((v): number | 'auto' | null => (v === null ? null : v.toLowerCase() === 'auto' ? 'auto' : Number(v))),
  SHARD_IDS: optionalText.transform((v, zctx) => {
    if (v === null) return null;
    const parsed = parseShardIds(v);
    if ('ids' in parsed) return parsed.ids;
    zctx.addIssue({ code: 'custom', message: `must list this process's shards, e.g. 0,1 or 4-7: ${parsed.error}` });
    return z.NEVER;
  }),
  HTTP_PORT: optionalText
    .refine((v) => v === null || (/^\d+$/.test(v) && Number(v) <= 65_535), { message: 'must be a TCP port (1–65535; 0 = any free port), or empty for no endpoint' })
    .transform((v) => (v === null ? null : Number(v))),
  HTTP_HOST: optionalText.transform((v) => v ?? '0.0.0.0'),
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_MODEL: optionalText,
  EMBEDDINGS_API_KEY: optionalText,
  EMBEDDINGS_TIMEOUT_MS: optionalText
    .transform((v) => Number(v ?? '800'))
    .refine((v) => Number.isInteger(v) && v >= 50 && v <= 10_000, { message: 'must be a whole number of milliseconds (50–10000)' }),
});

/** Never echoed in an error: they carry credentials. */
const SECRET_VARIABLES = new Set(['DISCORD_TOKEN', 'LLM_API_KEY', 'DATABASE_URL', 'EMBEDDINGS_API_KEY']);

export interface LoadConfigOptions {
  /** The bot needs a token; the CLI does not. */
  requireToken?: boolean;
}

/** Parses and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, options: LoadConfigOptions = {}): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'environment');
      const shown = SECRET_VARIABLES.has(name) ? '' : ` "${String(env[name] ?? '')}"`;
      problems.push(`${name}${shown} ${issue.message}`);
    }
  } else {
    const v = parsed.data;
    if (options.requireToken === true && v.DISCORD_TOKEN === null) problems.push(`DISCORD_TOKEN is not set. ${TOKEN_HELP}`);
    if ((v.LLM_BASE_URL === null) !== (v.LLM_MODEL === null)) {
      problems.push('LLM_BASE_URL and LLM_MODEL must be set together (or both left empty to answer without a model)');
    }
    problems.push(...shardProblems(v.SHARD_COUNT, v.SHARD_IDS));
    if ((v.EMBEDDINGS_BASE_URL === null) !== (v.EMBEDDINGS_MODEL === null)) {
      problems.push('EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL must be set together (or both left empty to search without embeddings)');
    }
  }
  if (problems.length > 0 || !parsed.success) {
    throw new ConfigError(`config: ${problems.join('; ')}`);
  }
  const v = parsed.data;
  return {
    discordToken: v.DISCORD_TOKEN,
    discordGuildId: v.DISCORD_GUILD_ID,
    discordApiBaseUrl: v.DISCORD_API_BASE_URL?.replace(/\/+$/, '') ?? null,
    digestsDir: v.DIGESTS_DIR,
    logLevel: v.LOG_LEVEL,
    databasePath: v.DATABASE_PATH,
    databaseUrl: v.DATABASE_URL,
    digestLeaseSeconds: v.DIGEST_LEASE_SECONDS,
    digestPostsPerSecond: v.DIGEST_POSTS_PER_SECOND,
    indexCacheDir: v.INDEX_CACHE_DIR,
    digestTimezone: v.DIGEST_TIMEZONE,
    digestFeedUrl: v.DIGEST_FEED_URL,
    digestFeedTimeoutMs: v.DIGEST_FEED_TIMEOUT_MS,
    digestFeedCron: v.DIGEST_FEED_CRON,
    digestFeedBackfillDays: v.DIGEST_FEED_BACKFILL_DAYS,
    scheduleCron: v.SCHEDULE_CRON,
    clockStart: v.CLOCK_START === null ? null : new Date(v.CLOCK_START),
    llm:
      v.LLM_BASE_URL !== null && v.LLM_MODEL !== null
        ? { baseUrl: v.LLM_BASE_URL.replace(/\/+$/, ''), model: v.LLM_MODEL, apiKey: v.LLM_API_KEY, timeoutMs: v.LLM_TIMEOUT_MS }
        : null,
    shards: { count: v.SHARD_COUNT, ids: v.SHARD_IDS },
    http: v.HTTP_PORT === null ? null : { port: v.HTTP_PORT, host: v.HTTP_HOST },
    embeddings:
      v.EMBEDDINGS_BASE_URL !== null && v.EMBEDDINGS_MODEL !== null
        ? { baseUrl: v.EMBEDDINGS_BASE_URL.replace(/\/+$/, ''), model: v.EMBEDDINGS_MODEL, apiKey: v.EMBEDDINGS_API_KEY, timeoutMs: v.EMBEDDINGS_TIMEOUT_MS }
        : null,
  };
}

/** SHARD_IDS needs a count to be read against; a numeric count is checked now (`auto` at login). */
function shardProblems(count: number | 'auto' | null, ids: readonly number[] | null): string[] {
  if (ids === null) return [];
  if (count === null) return [`SHARD_IDS "${ids.join(',')}" needs SHARD_COUNT (the bot's total number of shards, or "auto")`];
  const problem = count === 'auto' ? null : shardIdsProblem(ids, count, `SHARD_COUNT ${count}`);
  return problem === null ? [] : [problem];
}
