import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

describe('loadConfig', () => {
  it('applies defaults', () => {
    expect(loadConfig({})).toMatchObject({
      discordToken: null, digestsDir: 'data/digests', logLevel: 'info', databasePath: 'data/paperboy.db', digestTimezone: 'UTC', scheduleCron: '* * * * *', llm: null,
    });
  });

  it('follows the Daily Papers API by default, hourly, backfilling a week; "off" turns it off', () => {
    expect(loadConfig({})).toMatchObject({ digestFeedUrl: 'https://huggingface.co/api/daily_papers', digestFeedCron: '7 * * * *', digestFeedBackfillDays: 7 });
    expect(loadConfig({ DIGEST_FEED_URL: 'off' }).digestFeedUrl).toBeNull();
    expect(loadConfig({ DIGEST_FEED_URL: 'OFF' }).digestFeedUrl).toBeNull();
    expect(loadConfig({ DIGEST_FEED_URL: 'http://127.0.0.1:9/api/daily_papers', DIGEST_FEED_CRON: '*/5 * * * * *' })).toMatchObject({
      digestFeedUrl: 'http://127.0.0.1:9/api/daily_papers', digestFeedCron: '*/5 * * * * *',
    });
    expect(() => loadConfig({ DIGEST_FEED_URL: 'sometimes' })).toThrow(/DIGEST_FEED_URL "sometimes" must be an http\(s\) URL of the daily papers API, or "off"/);
    expect(() => loadConfig({ DIGEST_FEED_CRON: 'hourly' })).toThrow(/DIGEST_FEED_CRON "hourly" is not a valid cron pattern/);
    expect(() => loadConfig({ DIGEST_FEED_BACKFILL_DAYS: '-1' })).toThrow(/DIGEST_FEED_BACKFILL_DAYS "-1" must be a whole number of days/);
  });

  it('selects PostgreSQL with DATABASE_URL, SQLite without; leases and the digest rate are checked', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: null, digestLeaseSeconds: 60, digestPostsPerSecond: 45 });
    expect(loadConfig({ DATABASE_URL: 'postgresql://pb:pw@db:5432/paperboy', DIGEST_LEASE_SECONDS: '30', DIGEST_POSTS_PER_SECOND: '12.5' })).toMatchObject({
      databaseUrl: 'postgresql://pb:pw@db:5432/paperboy', digestLeaseSeconds: 30, digestPostsPerSecond: 12.5,
    });
    // The URL may hold a password: the message names the variable, never the value.
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).toThrow(/^config: DATABASE_URL must be a PostgreSQL URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).not.toThrow(/hunter2/);
    expect(() => loadConfig({ DIGEST_LEASE_SECONDS: '2' })).toThrow(/DIGEST_LEASE_SECONDS "2" must be a whole number of seconds \(5–3600\)/);
    expect(() => loadConfig({ DIGEST_POSTS_PER_SECOND: '50' })).toThrow(/DIGEST_POSTS_PER_SECOND "50" must be a number of posts per second above 0 and at most 45/);
  });

  it('requires a token for the bot and says where to get one', () => {
    expect(() => loadConfig({}, { requireToken: true })).toThrow(ConfigError);
    expect(() => loadConfig({}, { requireToken: true })).toThrow(/DISCORD_TOKEN is not set\. .*https:\/\/discord\.com\/developers\/applications/);
  });

  it('checks SCHEDULE_CRON with the rest of the configuration', () => {
    expect(() => loadConfig({ SCHEDULE_CRON: '61 * * * *' })).toThrow('SCHEDULE_CRON "61 * * * *" is not a valid cron pattern');
    expect(loadConfig({ SCHEDULE_CRON: '*/5 * * * * *' }).scheduleCron).toBe('*/5 * * * * *');
  });

  it('names each bad variable in one message, without echoing secrets', () => {
    let message = '';
    try {
      loadConfig({ DISCORD_TOKEN: 'has spaces in it', DIGEST_TIMEZONE: 'Mars/Olympus', LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'abc', DISCORD_API_BASE_URL: 'ftp://x' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DIGEST_TIMEZONE "Mars/Olympus" is not an IANA time zone');
    expect(message).toContain('LOG_LEVEL "loud" must be one of debug, info, warn, error');
    expect(message).toContain('DISCORD_GUILD_ID "abc" must be a server id');
    expect(message).toContain('DISCORD_API_BASE_URL "ftp://x" must be an http(s) URL');
    expect(message).toContain('DISCORD_TOKEN contains spaces');
    expect(message).not.toContain('has spaces in it');
  });

  it('strips a "Bot " prefix and a trailing slash, and pairs the LLM settings', () => {
    const config = loadConfig({ DISCORD_TOKEN: 'Bot abc.def.ghi', DISCORD_API_BASE_URL: 'http://127.0.0.1:9/api/', LLM_BASE_URL: 'http://127.0.0.1:8/v1', LLM_MODEL: 'm' });
    expect(config.discordToken).toBe('abc.def.ghi');
    expect(config.discordApiBaseUrl).toBe('http://127.0.0.1:9/api');
    expect(config.llm).toEqual({ baseUrl: 'http://127.0.0.1:8/v1', model: 'm', apiKey: null, timeoutMs: 8000 });
    expect(() => loadConfig({ LLM_MODEL: 'm' })).toThrow('LLM_BASE_URL and LLM_MODEL must be set together');
  });
});

describe('loadConfig: sharding and the HTTP endpoint', () => {
  it('defaults: no sharding settings, no endpoint', () => {
    expect(loadConfig({})).toMatchObject({ shards: { count: null, ids: null }, http: null });
    expect(loadConfig({ SHARD_COUNT: '', SHARD_IDS: '', HTTP_PORT: '' })).toMatchObject({ shards: { count: null, ids: null }, http: null });
  });

  it('reads SHARD_COUNT (a number or auto) and SHARD_IDS (ids and ranges)', () => {
    expect(loadConfig({ SHARD_COUNT: '4', SHARD_IDS: '2-3' }).shards).toEqual({ count: 4, ids: [2, 3] });
    expect(loadConfig({ SHARD_COUNT: 'AUTO' }).shards).toEqual({ count: 'auto', ids: null });
    expect(loadConfig({ SHARD_COUNT: 'auto', SHARD_IDS: '0,1' }).shards).toEqual({ count: 'auto', ids: [0, 1] });
  });

  it('refuses shard ids at or above the count, ids without a count, and bad values, naming the variable', () => {
    expect(() => loadConfig({ SHARD_COUNT: '2', SHARD_IDS: '1,2,3' })).toThrow('config: SHARD_IDS 2,3 must be below SHARD_COUNT 2; shard ids run from 0 to 1');
    expect(() => loadConfig({ SHARD_IDS: '0' })).toThrow('SHARD_IDS "0" needs SHARD_COUNT');
    expect(() => loadConfig({ SHARD_COUNT: '0' })).toThrow('SHARD_COUNT "0" must be a whole number of shards (1–65536) or "auto"');
    expect(() => loadConfig({ SHARD_COUNT: 'many' })).toThrow(/SHARD_COUNT "many" must be/);
    expect(() => loadConfig({ SHARD_COUNT: '4', SHARD_IDS: '0;1' })).toThrow(`SHARD_IDS "0;1" must list this process's shards, e.g. 0,1 or 4-7: "0;1" is not a shard id or range`);
  });

  it('HTTP_PORT turns the endpoint on (0 = any free port), on all interfaces unless HTTP_HOST says otherwise', () => {
    expect(loadConfig({ HTTP_PORT: '9464' }).http).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(loadConfig({ HTTP_PORT: '0', HTTP_HOST: '127.0.0.1' }).http).toEqual({ port: 0, host: '127.0.0.1' });
    expect(() => loadConfig({ HTTP_PORT: '70000' })).toThrow(/HTTP_PORT "70000" must be a TCP port/);
    expect(() => loadConfig({ HTTP_PORT: 'http' })).toThrow(/HTTP_PORT "http" must be a TCP port/);
  });
});
