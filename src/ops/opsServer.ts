import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { assessHealth, type StoreHealth } from './health.js';
import type { Metrics, ShardView } from './metrics.js';

/** A store check that has not answered by then counts as unreachable (a hung PostgreSQL connection). */
export const STORE_CHECK_TIMEOUT_MS = 2_000;

/** What the endpoint reads on each request. */
export interface OpsSources {
  metrics: Metrics;
  serving(): boolean;
  checkStore(): Promise<StoreHealth>;
  shards(): readonly ShardView[];
  logger: Logger;
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

async function storeHealth(check: () => Promise<StoreHealth>): Promise<StoreHealth> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<StoreHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${STORE_CHECK_TIMEOUT_MS} ms` }), STORE_CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch((error: unknown): StoreHealth => ({ ok: false, reason: describeError(error) })), late]);
  } finally {
    clearTimeout(timer);
  }
}

function reply(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(text);
}

async function route(req: IncomingMessage, res: ServerResponse, sources: OpsSources): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'text/plain; charset=utf-8', 'GET only\n');
  if (path === '/healthz') {
    const report = assessHealth({ serving: sources.serving(), store: await storeHealth(() => sources.checkStore()), shards: sources.shards() });
    return reply(res, report.status, 'application/json', `${JSON.stringify(report.body)}\n`);
  }
  if (path === '/metrics') {
    const { contentType, text } = await sources.metrics.render();
    return reply(res, 200, contentType, text);
  }
  reply(res, 404, 'text/plain; charset=utf-8', 'paperboy: /healthz or /metrics\n');
}

/**
 * The optional HTTP endpoint (HTTP_PORT): `/healthz` (200 when healthy, else 503 with the reasons,
 * JSON) and `/metrics` (Prometheus text). Started before the bot logs in, so an orchestrator sees
 * 503 while paperboy starts rather than a refused connection.
 */
export async function startOpsServer(port: number, host: string, sources: OpsSources): Promise<OpsServer> {
  const server = createServer((req, res) => {
    route(req, res, sources).catch((error: unknown) => {
      sources.logger.error('http: request failed', { path: req.url, error: describeError(error) });
      if (!res.headersSent) reply(res, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  sources.logger.info('http: listening', { host, port: bound, paths: ['/healthz', '/metrics'] });
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
