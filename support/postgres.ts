import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

// A real PostgreSQL server for the store tests: PG_TEST_URL when set (CI starts one, .ci/run),
// otherwise a throw-away server in a temp folder on 127.0.0.1 (initdb + pg_ctl, PostgreSQL's own
// binaries). As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).

/** A server this test started (null when PG_TEST_URL was used). */
export interface PgServer {
  /** Admin URL (database `postgres`). */
  url: string;
  /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
  stop(): void;
  /** Starts it again on the same port with the same data. */
  start(): void;
  /** Stops it and removes its folder. */
  destroy(): void;
}

function binDir(): string {
  const fromPath = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromPath.status === 0 && existsSync(path.join(fromPath.stdout.trim(), 'initdb'))) return fromPath.stdout.trim();
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  throw new Error('test/helpers/postgres: no PostgreSQL binaries (initdb, pg_ctl) found; install postgresql or set PG_TEST_URL');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function runPg(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts a throw-away PostgreSQL server on 127.0.0.1 (about a second or two). */
export async function startPgServer(): Promise<PgServer> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperboy-pg-'));
  if (process.getuid?.() === 0) {
    const info = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(info), Number(gid));
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  runPg(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () => runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start']);
  const stop = () => runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
  start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      stop();
      running = false;
    },
    start: () => {
      start();
      running = true;
    },
    destroy: () => {
      if (running) stop();
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The URL of a fresh, empty database `name` on the server at `adminUrl`. */
export async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let shared: Promise<{ url: string; server: PgServer | null }> | null = null;

/**
 * The test server: PG_TEST_URL if set, else one started for this test file (stopped by
 * `releasePg`). Each test then makes its own database with `freshDatabase`.
 */
export function testPg(): Promise<{ url: string; server: PgServer | null }> {
  const fromEnv = process.env['PG_TEST_URL'];
  shared ??= fromEnv !== undefined && fromEnv !== '' ? Promise.resolve({ url: fromEnv, server: null }) : startPgServer().then((server) => ({ url: server.url, server }));
  return shared;
}

/** Stops the server testPg started, if any. */
export async function releasePg(): Promise<void> {
  const s = await shared;
  shared = null;
  s?.server?.destroy();
}

let counter = 0;
/** A database name unique within this run. */
export function databaseName(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`;
}
