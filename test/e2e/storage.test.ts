import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, type BotWorkspace } from '../../support/botEnv.js';

// Storage faults through the real bot: an unusable DATABASE_PATH stops start-up with one line; a
// database file deleted under the running bot is noticed and writing commands say so.
let fake: FakeDiscord;
let workspace: BotWorkspace;

beforeAll(async () => {
  fake = await startFakeDiscord();
  workspace = createWorkspace();
});

afterAll(async () => {
  await stopAllBots();
  await fake.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('storage faults (end to end)', () => {
  it('a DATABASE_PATH that is not a database stops start-up with one line naming it', async () => {
    const file = `${workspace.dir}/notes.db`;
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    const bot = await spawnBot({ env: botEnv(fake, workspace, { DATABASE_PATH: file }) });
    expect(await bot.waitForExit(30_000)).toBe(1);
    const errors = bot.logs.filter((l) => l.level === 'error');
    expect(errors.map((l) => l.msg)).toEqual([`start-up failed: store: DATABASE_PATH ${file} is not a SQLite database (file is not a database)`]);
    expect(bot.lines.filter((l) => l.stream === 'stderr')).toEqual([]);
  });

  it('a database file deleted while running: writes are refused with a clear answer, logged once', async () => {
    const bot = await spawnBot({ env: botEnv(fake, workspace), readyPattern: 'ready', readyTimeoutMs: 30_000 });
    const first = await fake.sendCommand({ name: 'subscribe', memberPermissions: ALL_PERMISSIONS }).waitForResponse();
    expect(first.message?.content).toMatch(/^Subscribed/);
    for (const f of [workspace.databasePath, `${workspace.databasePath}-wal`, `${workspace.databasePath}-shm`]) rmSync(f, { force: true });
    for (let i = 0; i < 2; i += 1) {
      const again = await fake.sendCommand({ name: 'subscribe', options: { time: '18:00' }, memberPermissions: ALL_PERMISSIONS }).waitForResponse();
      expect(again.message?.ephemeral).toBe(true);
      expect(again.message?.content).toMatch(/database file was deleted or replaced while I was running/);
    }
    const gone = bot.logs.filter((l) => /was deleted while paperboy was running/.test(String(l.msg)));
    expect(gone).toHaveLength(1);
    expect(gone[0]?.level).toBe('error');
    expect(await bot.stop(15_000)).toBe(0);
  }, 60_000);
});
