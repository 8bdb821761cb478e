import { afterEach, describe, expect, it } from 'vitest';
import { botEnv, createWorkspace } from '../helpers/botEnv.js';
import { startFakeDiscord } from '../helpers/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../helpers/spawnBot.js';

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
