import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeDiscord } from './fakeDiscord/index.js';
import { REPO_ROOT } from './spawnBot.js';

/** A scratch folder for one bot run: its digests (a copy of the shipped ones), database and cache. */
export interface BotWorkspace {
  dir: string;
  digestsDir: string;
  databasePath: string;
  cacheDir: string;
  addDigest(name: string, text: string): string;
  cleanup(): void;
}

/** Creates a workspace holding a copy of data/digests (plus any extra digest files). */
export function createWorkspace(extraDigests: Record<string, string> = {}): BotWorkspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-e2e-'));
  const digestsDir = path.join(dir, 'digests');
  cpSync(path.join(REPO_ROOT, 'data', 'digests'), digestsDir, { recursive: true });
  const workspace: BotWorkspace = {
    dir,
    digestsDir,
    databasePath: path.join(dir, 'paperboy.db'),
    cacheDir: path.join(dir, 'cache'),
    addDigest: (name, text) => {
      const file = path.join(digestsDir, name);
      writeFileSync(file, text);
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const [name, text] of Object.entries(extraDigests)) workspace.addDigest(name, text);
  return workspace;
}

/** The environment that points the real bot at the stand-in Discord and the workspace. */
export function botEnv(fake: FakeDiscord, workspace: BotWorkspace, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE_URL: fake.apiBaseUrl,
    DISCORD_GUILD_ID: fake.defaultGuildId,
    DIGESTS_DIR: workspace.digestsDir,
    DATABASE_PATH: workspace.databasePath,
    INDEX_CACHE_DIR: workspace.cacheDir,
    DOTENV_CONFIG_PATH: path.join(workspace.dir, 'no.env'),
    LOG_LEVEL: 'debug',
    // Tests never reach the internet: the live feed is off unless a test points it at its stand-in.
    DIGEST_FEED_URL: 'off',
    ...extra,
  };
}

/** A digest whose papers carry hostile text: mass mentions, markdown, a masked link, a huge title line. */
export const HOSTILE_DIGEST = [
  'Nov 20',
  '',
  '@everyone **Free** GPUs for `everyone` <@&123456789012345678> [click](https://evil.example)',
  '',
  'We present a totally legitimate abstract that mentions @here and <@123456789012345678> and contains **markdown**, __underline__, ||spoilers|| and a masked [link](https://evil.example). It is long enough to be an abstract of a paper.',
  '',
].join('\n');

/** The papers a digest message lists (the values of its "Open a paper" menu). */
export function listedPaperIds(message: { components: unknown[] }): string[] {
  const rows = message.components as { components?: { options?: { value: string }[] }[] }[];
  return rows.flatMap((r) => r.components ?? []).flatMap((c) => c.options ?? []).map((o) => o.value);
}

/** Resolves when `check` returns true, polling; rejects with `what` after `timeoutMs`. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
