// Docker cannot run where paperboy is developed, so the deployment files are checked as text:
// the compose file parsed with `yaml` (merge keys resolved as Compose does), the Dockerfile read
// stage by stage. What this cannot show — that the image builds and the stack comes up — is said
// plainly in the README.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../support/spawnBot.js';

const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');

interface ComposeService {
  build?: unknown;
  image?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };

/** Variables .env.example documents (= what src/config.ts reads). */
const documented = new Set([...read('.env.example').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
// Read by the PostgreSQL store (being built on another branch); until it lands the bot ignores it
// and each process keeps its own SQLite file in its data volume.
describe('docker-compose.yml', () => {
  const bots = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

  it('runs PostgreSQL with a health check and two bot processes splitting two shards', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:15/);
    expect(compose.services.postgres?.healthcheck?.test).toContain('pg_isready');
    expect(bots).toHaveLength(2);
    expect(bots.map(([, s]) => s.environment?.SHARD_COUNT)).toEqual(['2', '2']);
    expect(bots.map(([, s]) => s.environment?.SHARD_IDS).sort()).toEqual(['0', '1']);
  });

  it('each bot uses PostgreSQL, waits for it to be healthy, is health-checked on /healthz, and keeps its own data volume', () => {
    const volumes = new Set<string>();
    for (const [name, bot] of bots) {
      expect(bot.environment?.DATABASE_URL, name).toMatch(/^postgres:\/\/paperboy:.*@postgres:5432\/paperboy$/);
      expect(bot.depends_on?.postgres?.condition, name).toBe('service_healthy');
      expect(bot.healthcheck?.test, name).toEqual(['CMD', 'node', 'src/ops/healthcheck.mjs']);
      expect(bot.environment?.HTTP_PORT, name).toBe('9464');
      for (const v of bot.volumes ?? []) volumes.add(v.split(':')[0] ?? '');
    }
    expect(volumes.size).toBe(2);
  });

  it('sets only variables paperboy reads', () => {
    for (const [name, bot] of bots) {
      for (const key of Object.keys(bot.environment ?? {})) expect(documented.has(key), `${name}: ${key}`).toBe(true);
    }
  });
});

describe('Dockerfile', () => {
  const lines = read('Dockerfile').split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const stages = lines.flatMap((l, i) => (/^FROM\s/i.test(l) ? [i] : []));
  const last = lines.slice(stages.at(-1) ?? 0);

  it('is multi-stage: dependencies built in one stage, copied into a runtime stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(lines.join('\n')).toMatch(/npm ci --omit=dev/);
    expect(last.some((l) => /^COPY --from=deps /.test(l))).toBe(true);
    expect(last.some((l) => /apt-get|g\+\+/.test(l))).toBe(false);
  });

  it('runs as a non-root user, node directly in exec form (signals reach it), with the health check', () => {
    const user = last.find((l) => /^USER\s/.test(l));
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(\s|:|$)/);
    const cmd = last.find((l) => /^CMD\s/.test(l));
    expect(JSON.parse(cmd?.replace(/^CMD\s+/, '') ?? 'null')).toEqual(['node', '--import', 'tsx', 'src/main.ts']);
    expect(last.find((l) => /^HEALTHCHECK\s/.test(l))).toMatch(/CMD \["node", "src\/ops\/healthcheck\.mjs"\]/);
  });

  it('tsx, needed at run time, is a production dependency', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.tsx).toBeDefined();
    expect(pkg.dependencies['prom-client']).toBeDefined();
  });

  it('.dockerignore keeps secrets, databases, caches and node_modules out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['.env', 'node_modules', 'data/paperboy.db*', 'data/.cache', '.git']) expect(ignored).toContain(entry);
  });
});

describe('healthcheck.mjs (the containers\' probe)', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise((resolve) => (server === null ? resolve(undefined) : server.close(resolve)));
    server = null;
  });

  async function probe(status: number | null): Promise<number | null> {
    let port = 1; // nothing listens on port 1: a refused connection
    if (status !== null) {
      server = createServer((req, res) => {
        res.writeHead(req.url === '/healthz' ? status : 404).end('{}');
      });
      await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      port = typeof address === 'object' && address !== null ? address.port : 0;
    }
    // Spawned asynchronously: the server answering it lives in this process's event loop.
    const child = spawn(process.execPath, ['src/ops/healthcheck.mjs'], { cwd: REPO_ROOT, env: { HTTP_PORT: String(port), PATH: process.env.PATH }, stdio: 'ignore', timeout: 10_000 });
    const [code] = (await once(child, 'exit')) as [number | null];
    return code;
  }

  it('exits 0 on 200, 1 on 503 and when nothing answers', async () => {
    expect(await probe(200)).toBe(0);
    expect(await probe(503)).toBe(1);
    expect(await probe(null)).toBe(1);
  });
});
