import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { botEnv, createWorkspace } from '../../support/botEnv.js';
import { startFakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../../support/spawnBot.js';

afterEach(async () => {
  await stopAllBots();
});

describe('npm start without configuration', () => {
  it('says where to get a token when DISCORD_TOKEN is missing, and exits 1', async () => {
    const bot = await spawnBot({ env: { DOTENV_CONFIG_PATH: '/nonexistent/.env' } });
    expect(await bot.waitForExit(15_000)).toBe(1);
    const stderr = bot.lines.filter((l) => l.stream === 'stderr').map((l) => l.raw).join('\n');
    expect(stderr).toContain('DISCORD_TOKEN is not set');
    expect(stderr).toContain('https://discord.com/developers/applications');
  });

  it('names the bad variable and never echoes the token', async () => {
    const bot = await spawnBot({ env: { DOTENV_CONFIG_PATH: '/nonexistent/.env', DISCORD_TOKEN: 'secret token with spaces', DIGEST_TIMEZONE: 'Mars/Olympus' } });
    expect(await bot.waitForExit(15_000)).toBe(1);
    const stderr = bot.lines.filter((l) => l.stream === 'stderr').map((l) => l.raw).join('\n');
    expect(stderr).toContain('DIGEST_TIMEZONE "Mars/Olympus" is not an IANA time zone');
    expect(stderr).toContain('DISCORD_TOKEN');
    expect(stderr).not.toContain('secret token');
  });

  it('ends with one "start-up failed" line and exit 1 when the Discord API is unreachable', async () => {
    const workspace = createWorkspace();
    try {
      // Port 9 (discard) on 127.0.0.1: nothing listens there, the connection is refused.
      const env = { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.abcdefghijklmnopqrstuvwxyz', DISCORD_API_BASE_URL: 'http://127.0.0.1:9', DIGESTS_DIR: workspace.digestsDir, DATABASE_PATH: workspace.databasePath, INDEX_CACHE_DIR: workspace.cacheDir, DOTENV_CONFIG_PATH: '/nonexistent/.env' };
      const bot = await spawnBot({ env });
      expect(await bot.waitForExit(30_000)).toBe(1);
      const failed = bot.logs.filter((l) => String(l.msg).startsWith('start-up failed'));
      expect(failed).toHaveLength(1);
      expect(failed[0]?.msg).toBe('start-up failed — cannot reach the Discord API at DISCORD_API_BASE_URL http://127.0.0.1:9');
      expect(bot.lines.filter((l) => l.stream === 'stderr')).toEqual([]); // no stack trace
    } finally {
      workspace.cleanup();
    }
  });

  it('warns loudly, naming DIGESTS_DIR, when the digest folder yields zero papers', async () => {
    const fake = await startFakeDiscord();
    const workspace = createWorkspace();
    try {
      rmSync(workspace.digestsDir, { recursive: true, force: true });
      mkdirSync(workspace.digestsDir);
      writeFileSync(`${workspace.digestsDir}/garbage.txt`, 'nothing here looks like a paper\n');
      const bot = await spawnBot({ env: botEnv(fake, workspace), readyPattern: 'ready', readyTimeoutMs: 30_000 });
      const warning = bot.logs.find((l) => l.level === 'warn' && String(l.msg).startsWith('zero papers were loaded'));
      expect(warning?.msg).toContain(`DIGESTS_DIR ${workspace.digestsDir}`);
      await bot.stop();
    } finally {
      workspace.cleanup();
      await fake.close();
    }
  });

  it('says Discord refused the token, without echoing it, and exits 1', async () => {
    const fake = await startFakeDiscord({ token: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.the-right-token-abcdefghijklmnop' });
    const workspace = createWorkspace();
    try {
      const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GfakeX.a-revoked-token-abcdefghijklmnopq';
      const bot = await spawnBot({ env: { ...botEnv(fake, workspace), DISCORD_TOKEN: wrong } });
      expect(await bot.waitForExit(30_000)).toBe(1);
      const output = bot.lines.map((l) => l.raw).join('\n');
      expect(output).toMatch(/start-up failed — Discord rejected DISCORD_TOKEN/);
      expect(output).not.toContain('a-revoked-token');
    } finally {
      workspace.cleanup();
      await fake.close();
    }
  });
});
