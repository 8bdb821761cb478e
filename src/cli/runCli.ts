import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAsk } from './askCli.js';
import { loadConfig, type Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Library } from '../search/library.js';
import { openLibrary } from '../search/openLibrary.js';
import { silentLogger } from '../logger.js';
import { lookup } from '../search/lookup.js';
import { related } from '../search/related.js';
import { searchPapers } from '../search/searchPapers.js';
import { daysToFetch, runFetch, runStatus } from './feedCommands.js';
import { runMigrateStore } from './storeCommands.js';
import { paperJson, paperText, resultsText, statsJson, statsText } from './format.js';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  now?: Date;
  /** The package folder: default paths (data/digests, data/.cache) resolve against it, not the current directory. */
  packageRoot?: string;
}

export const USAGE = `usage: paperboy <command> [options]

commands:
  stats                      digests, entry and paper counts, loader warnings
  paper <query>              the paper a title, fragment, alias or id names
  search <topic> [--limit N] papers about a topic, best first (default limit 10)
  related <id|query>         papers most like the given one
  ask <question> [--paper Q] an answer quoted from the abstracts, with citations
  fetch [--date D] [--days N] fetch Daily Papers listing days now (default: today)
  status                     papers, newest listing day, the live feed's last fetch
  migrate-store --to URL     copy subscriptions and delivery history from DATABASE_PATH
                             (SQLite) into PostgreSQL; running it again copies nothing twice

options:
  --json       print one JSON document instead of text
  --limit N    how many results (search, related; 1-200)
  --offset N   skip the first N results (search)
  --paper Q    the paper a question is about: title, alias or id (ask)
  --date D     the (last) listing day to fetch, YYYY-MM-DD (fetch)
  --days N     how many days up to --date to fetch (fetch; 1-60, default 1)
  --to URL     the PostgreSQL database to copy into (migrate-store)

environment: DIGESTS_DIR (default data/digests), INDEX_CACHE_DIR (default data/.cache),
DIGEST_FEED_URL (fetch, status), DATABASE_PATH (default data/paperboy.db; migrate-store); defaults are inside paperboy's own folder, whatever the
current directory`;

/** Runs one CLI command; returns the process exit code (0 ok, 1 not found / error, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, limit: { type: 'string' }, offset: { type: 'string' }, paper: { type: 'string' }, date: { type: 'string' }, days: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`paperboy: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const json = parsed.values.json === true;
  const query = rest.join(' ').trim();
  if (parsed.values.help === true || command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined && parsed.values.help !== true ? 2 : 0;
  }
  const limit = parseCount(parsed.values.limit, 10);
  const offset = parseCount(parsed.values.offset, 0);
  if (limit === null || offset === null || limit < 1 || limit > 200) {
    io.err('paperboy: --limit must be a whole number from 1 to 200, --offset a whole number from 0');
    return 2;
  }
  if (command === 'fetch' || command === 'status') return runFeedCommand(command, parsed.values, io, json);
  if (command === 'migrate-store') return runStoreCommand(parsed.values.to, io, json);
  if (!['stats', 'paper', 'search', 'related', 'ask'].includes(command)) {
    io.err(`paperboy: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (command !== 'stats' && query.length === 0) {
    io.err(`paperboy: "${command}" needs a query, e.g. paperboy ${command} "${command === 'search' ? 'linear attention' : 'FlashAttention'}"`);
    return 2;
  }
  const now = io.now ?? new Date();
  let library: Library;
  let config: Config;
  try {
    config = cliConfig(io);
    library = (await openLibrary({ digestsDir: config.digestsDir, cacheDir: config.indexCacheDir, now, logger: silentLogger })).library;
  } catch (error) {
    io.err(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    return 1;
  }
  const print = (value: object, text: string): void => io.out(json ? JSON.stringify(value) : text);
  switch (command) {
    case 'stats':
      print(statsJson(library.catalogue, now), statsText(library.catalogue, now));
      return 0;
    case 'paper': {
      const found = lookup(library, query);
      const text = found.paper !== null
        ? paperText(found.paper)
        : `No paper matches "${query}".${found.suggestions.length > 0 ? ` Closest:\n${found.suggestions.map((p) => `  - ${p.title} (${p.id})`).join('\n')}` : ''}`;
      print({ paper: found.paper === null ? null : paperJson(found.paper, now) }, text);
      return found.paper === null ? 1 : 0;
    }
    case 'ask':
      return runAsk(library, query, { paper: parsed.values.paper, json, llm: config.llm, out: io.out, err: io.err });
    case 'search': {
      const page = searchPapers(library, query, { limit, offset });
      if (page.words.length === 0) {
        io.err(`paperboy: "${query}" has no searchable words; try a topic such as "linear attention"`);
        return 2;
      }
      const results = page.hits.map((h) => ({ id: h.paper.id, title: h.paper.title, score: round(h.score) }));
      const also = page.alsoSearched.length > 0 ? `\nAlso searched: ${page.alsoSearched.join(', ')}` : '';
      print({ results, alsoSearched: page.alsoSearched }, `${resultsText(results, offset + 1)}${also}`);
      return 0;
    }
    default: {
      const target = lookup(library, query, 0).paper;
      if (target === null) {
        print({ results: [] }, `No paper matches "${query}".`);
        return 1;
      }
      const results = related(library, target.id, limit).map((h) => ({ id: h.paper.id, title: h.paper.title, score: round(h.score) }));
      print({ results }, `Papers related to "${target.title}":\n${resultsText(results)}`);
      return 0;
    }
  }
}

/** cliConfig, or null after saying what is wrong with it. */
function configOrSay(io: CliIo): Config | null {
  try {
    return cliConfig(io);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** The configuration, with default folders inside the package (a path the user set stays theirs, relative to where they are). */
function cliConfig(io: CliIo): Config {
  const config = loadConfig(io.env);
  const fromPackage = (name: string, value: string): string => (io.packageRoot !== undefined && (io.env[name] ?? '').trim() === '' ? path.resolve(io.packageRoot, value) : value);
  return {
    ...config,
    digestsDir: fromPackage('DIGESTS_DIR', config.digestsDir),
    indexCacheDir: fromPackage('INDEX_CACHE_DIR', config.indexCacheDir),
    databasePath: fromPackage('DATABASE_PATH', config.databasePath),
  };
}

async function runFeedCommand(command: 'fetch' | 'status', values: { date?: string | undefined; days?: string | undefined }, io: CliIo, json: boolean): Promise<number> {
  const now = io.now ?? new Date();
  const config = configOrSay(io);
  if (config === null) return 1;
  const feedIo = { out: io.out, err: io.err, json, now };
  if (command === 'status') return runStatus(config, feedIo);
  const count = parseCount(values.days, 1);
  const days = count === null || count < 1 || count > 60 ? null : daysToFetch(values.date, count, now);
  if (days === null) {
    io.err('paperboy: --date must be a day such as 2026-03-12, --days a whole number from 1 to 60');
    return 2;
  }
  return runFetch(config, days, feedIo);
}

async function runStoreCommand(to: string | undefined, io: CliIo, json: boolean): Promise<number> {
  const config = configOrSay(io);
  if (config === null) return 1;
  return runMigrateStore(config, to, { out: io.out, err: io.err, json });
}

function parseCount(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^\d{1,4}$/.test(value) ? Number(value) : null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
