import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../support/fakeDiscord/index.js';
import { spawnBot, stopAllBots } from '../../support/spawnBot.js';
import { botEnv, createWorkspace, waitUntil, type BotWorkspace } from '../../support/botEnv.js';

// Signals through `npm start`: a service manager or container signals the process it started —
// npm — and the bot (node) must get SIGTERM and SIGHUP's meaning, never be left as an orphan.
let fake: FakeDiscord;
let workspace: BotWorkspace;
let leftovers: number[] = [];

/** The direct children of `pid`, with their command names. */
function children(pid: number): { pid: number; comm: string }[] {
  let out: string;
  try {
    out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there are none
  }
  return out.split('\n').map((line) => line.trim().split(/\s+/)).filter((f) => Number(f[0]) > 0).map((f) => ({ pid: Number(f[0]), comm: f[1] ?? '' }));
}

/** Every descendant of `pid` (the bot, and tsx's esbuild service under it). */
function descendants(pid: number): number[] {
  return children(pid).flatMap((child) => [child.pid, ...descendants(child.pid)]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startWithNpm() {
  const bot = await spawnBot({ command: ['npm', 'start'], env: botEnv(fake, workspace), readyPattern: 'ready', readyTimeoutMs: 30_000 });
  const pid = bot.pid ?? 0;
  const direct = children(pid);
  const tree = descendants(pid);
  leftovers.push(...tree);
  return { bot, pid, direct, tree };
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  workspace = createWorkspace();
});

afterEach(async () => {
  await stopAllBots();
  for (const pid of leftovers.filter(alive)) process.kill(pid, 'SIGKILL');
  leftovers = [];
});

afterAll(async () => {
  await fake.close();
  workspace.cleanup();
});

// Every request the bot sent must be one Discord's own API description accepts.
afterEach(() => {
  expect(fake.schemaViolations()).toEqual([]);
});

describe('signals through npm start (end to end)', () => {
  it('runs node directly under npm, and SIGTERM to npm stops the bot cleanly', async () => {
    const { bot, pid, direct, tree } = await startWithNpm();
    expect(direct.map((c) => c.comm)).toEqual(['node']); // npm → node, no shell or tsx in between
    process.kill(pid, 'SIGTERM');
    expect(await bot.waitForExit(20_000)).toBe(0);
    await waitUntil(() => tree.every((p) => !alive(p)), 'the bot process to exit', 10_000);
    expect(bot.logs.find((l) => l.msg === 'shutting down')?.signal).toBe('SIGTERM');
    expect(bot.logs.some((l) => l.msg === 'stopped')).toBe(true);
  }, 60_000);

  it('SIGHUP to the node process reloads the digests; SIGHUP to npm (which exits on it) leaves no orphan', async () => {
    const { bot, pid, direct, tree } = await startWithNpm();
    const node = direct[0]?.pid ?? 0;
    process.kill(node, 'SIGHUP');
    await bot.waitForLog('digests reloaded', 30_000);
    expect(alive(node)).toBe(true);
    process.kill(pid, 'SIGHUP');
    await waitUntil(() => tree.every((p) => !alive(p)), 'the bot to stop once npm is gone', 20_000);
    const shutdown = bot.logs.find((l) => l.msg === 'shutting down');
    expect(shutdown?.signal).toBe('npm exited');
    await waitUntil(() => bot.logs.some((l) => l.msg === 'stopped'), 'the "stopped" line', 5_000);
  }, 90_000);

  it('a SIGHUP during start-up is not fatal: the reload runs once the bot is ready', async () => {
    const bot = await spawnBot({ env: botEnv(fake, workspace) });
    await bot.waitForLog((l) => l.json !== null, 30_000);
    expect(bot.logs.some((l) => l.msg === 'ready')).toBe(false);
    bot.kill('SIGHUP');
    await bot.waitForLog('ready', 30_000);
    await bot.waitForLog('digests reloaded', 30_000);
    expect(bot.exited).toBe(false);
  }, 60_000);
});
