// The layering of ARCHITECTURE.md, kept true by reading the import graph of src/, commands/ and support/.
// Rules are data (LAYER_RULES below), each with the reason it exists; the checker is a pure
// function over a graph, so a fake graph shows it catches a violation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['src', 'commands', 'support'];

/** Import graph: repo-relative file ('src/search/library.ts') → what it imports (files, or 'pkg:<name>'). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export interface LayerRule {
  name: string;
  /** Path prefixes of the importing files the rule covers. */
  from: readonly string[];
  /** Path prefixes (or 'pkg:<package>') those files must never import. */
  never: readonly string[];
  reason: string;
}

const CORE = ['src/digest/', 'src/search/', 'src/trending/', 'src/answer/', 'src/feed/', 'src/subscriptions/', 'src/store/', 'src/schedule/', 'src/text/', 'src/http/', 'src/status/', 'src/shard/', 'src/ops/', 'src/embeddings/'];

export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: 'core never imports the edge or the presentation layer',
    from: CORE,
    never: ['src/discord/', 'src/replies/', 'commands/', 'pkg:discord.js', 'pkg:@discordjs/'],
    reason: 'Core folders return plain results; replies turn them into payloads and src/discord/ talks to Discord. Jobs take what they need as ports (the scheduler gets digestReply and the REST poster from src/app.ts).',
  },
  {
    name: 'only src/store/ talks to a database',
    from: [...CORE.filter((p) => p !== 'src/store/'), 'src/discord/', 'src/replies/', 'commands/'],
    never: ['pkg:better-sqlite3', 'pkg:pg', 'src/store/sqlite/', 'src/store/postgres/'],
    reason: 'Commands and jobs use the async Store port (src/store/store.ts), so SQLite and PostgreSQL stay interchangeable; only the wiring (src/store/openStore.ts via src/app.ts) and the migrate-store CLI pick an implementation.',
  },
  {
    name: 'replies never import the edge',
    from: ['src/replies/'],
    never: ['src/discord/', 'commands/'],
    reason: 'Replies are plain data built from domain results, testable without a client; only the edge sends them.',
  },
  {
    name: 'the loader never imports what is built on it',
    from: ['src/digest/'],
    never: ['src/search/', 'src/answer/', 'src/schedule/', 'src/feed/', 'src/subscriptions/'],
    reason: 'The loader (decode, parse, clean, merge) is the bottom of the domain: the indexer, the answers, the scheduler and the feed all read its catalogue, so it must not depend on them.',
  },
  {
    name: 'trending never imports search',
    from: ['src/trending/'],
    never: ['src/search/'],
    reason: 'Scores are pure over Paper; the library (src/search/library.ts) uses them, and what needs the index (papersAbout) lives in src/search/ — no cycle between the folders.',
  },
  {
    name: 'answer stages import only earlier stages',
    from: ['src/answer/lexicon/', 'src/answer/question/'],
    never: ['src/answer/resolve/', 'src/answer/compose/', 'src/answer/llm/', 'src/answer/askQuestion.ts', 'src/answer/answerQuestion.ts'],
    reason: '/ask runs question → resolve → compose → llm; reading the question (its kind, terms, tokens) and the word lists it uses must not depend on which paper or sentences were picked.',
  },
  {
    name: 'resolving the paper never imports composing or the model',
    from: ['src/answer/resolve/'],
    never: ['src/answer/compose/', 'src/answer/llm/', 'src/answer/askQuestion.ts', 'src/answer/answerQuestion.ts'],
    reason: 'Which paper a question means is decided before any sentence is picked or any model is asked.',
  },
  {
    name: 'composing never imports the model',
    from: ['src/answer/compose/'],
    never: ['src/answer/llm/', 'src/answer/askQuestion.ts', 'src/answer/answerQuestion.ts'],
    reason: 'The extractive answer stands on its own; the model only rephrases it (src/answer/askQuestion.ts), and falls back to it.',
  },
  {
    name: 'text utilities import no other folder of src',
    from: ['src/text/'],
    never: ['src/digest/', 'src/search/', 'src/trending/', 'src/answer/', 'src/feed/', 'src/subscriptions/', 'src/schedule/', 'src/http/', 'src/status/', 'src/replies/', 'src/discord/'],
    reason: 'Folding, sentence splitting, time zones and the shared patterns are the bottom layer every capability uses (the loader and /ask split sentences the same way).',
  },
  {
    name: 'the bot never imports test or bench code',
    from: ['src/', 'commands/'],
    never: ['support/', 'test/', 'bench/'],
    reason: 'What ships is src/ and commands/; the stand-in Discord and the process helpers are for tests and the benchmark only.',
  },
  {
    name: 'support never imports tests or the benchmark',
    from: ['support/'],
    never: ['test/', 'bench/'],
    reason: 'support/ (the stand-in Discord, spawnBot, botEnv) is shared by test/ and bench/, so it may depend on neither.',
  },
  {
    name: 'src never imports commands',
    from: ['src/'],
    never: ['commands/'],
    reason: 'Commands are the thin outermost modules, loaded at start-up by path (src/discord/loadCommands.ts), never imported.',
  },
];

const IMPORT_FROM = /\b(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The module specifiers a source text imports or re-exports (static and dynamic). */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  for (const re of [IMPORT_FROM, DYNAMIC_IMPORT]) for (const m of source.matchAll(re)) if (m[1] !== undefined) found.push(m[1]);
  return found;
}

/** A relative specifier resolved to a repo-relative file, a package as 'pkg:<name>', or null (node: built-ins, unresolvable). */
export function resolveSpecifier(fromFile: string, specifier: string, exists: (file: string) => boolean): string | null {
  if (specifier.startsWith('node:')) return null;
  if (!specifier.startsWith('.')) {
    const parts = specifier.split('/');
    return `pkg:${specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]}`;
  }
  const base = path.posix.join(path.posix.dirname(fromFile), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base, `${base}.ts`, `${base}/index.ts`];
  return candidates.find(exists) ?? null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(?:ts|mts|mjs|js)$/.test(entry.name) ? [rel] : [];
  });
}

/** The import graph of src/ and commands/ as it is on disk. */
export function readImportGraph(): ImportGraph {
  const exists = (file: string): boolean => existsSync(path.join(ROOT, file));
  const graph = new Map<string, string[]>();
  for (const file of SCANNED.flatMap(sourceFiles)) {
    const targets = specifiersOf(readFileSync(path.join(ROOT, file), 'utf8'))
      .map((spec) => resolveSpecifier(file, spec, exists))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

const covers = (prefix: string, target: string): boolean => (prefix.startsWith('pkg:') ? target === prefix || target.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) : target.startsWith(prefix));

export interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** Every edge of the graph that a rule forbids. */
export function findViolations(graph: ImportGraph, rules: readonly LayerRule[]): Violation[] {
  const out: Violation[] = [];
  for (const rule of rules) {
    for (const [from, targets] of graph) {
      if (!rule.from.some((p) => from.startsWith(p))) continue;
      for (const to of targets) if (rule.never.some((p) => covers(p, to))) out.push({ rule: rule.name, from, to });
    }
  }
  return out;
}

describe('layering (ARCHITECTURE.md)', () => {
  const graph = readImportGraph();

  it('reads a real graph (the parser is not silently empty)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('commands/paper.ts')).toContain('src/search/lookup.ts');
    expect(graph.get('src/app.ts')).toContain('src/replies/digestReply.ts');
    expect(graph.get('src/discord/restPoster.ts')).toContain('pkg:discord.js');
  });

  for (const rule of LAYER_RULES) {
    it(`${rule.name} — ${rule.reason}`, () => {
      expect(findViolations(graph, [rule])).toEqual([]);
    });
  }
});

describe('the layering checker', () => {
  it('parses static, re-export, type-only, multi-line and dynamic imports', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      'import {\n  c,\n  d,\n} from "./c.js";',
      "export { e } from './e.js';",
      "export * from './f.js';",
      "import './side.js';",
      "const g = await import('./g.js');",
      "import { Client } from 'discord.js';",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a.js', '../b/b.js', './c.js', './e.js', './f.js', './side.js', 'discord.js', './g.js']);
  });

  it('resolves .js specifiers to .ts files and packages to their name', () => {
    const files = new Set(['src/search/library.ts', 'src/search/indexerWorker.mjs']);
    const exists = (f: string) => files.has(f);
    expect(resolveSpecifier('src/schedule/x.ts', '../search/library.js', exists)).toBe('src/search/library.ts');
    expect(resolveSpecifier('src/search/x.ts', './indexerWorker.mjs', exists)).toBe('src/search/indexerWorker.mjs');
    expect(resolveSpecifier('src/x.ts', 'discord.js', exists)).toBe('pkg:discord.js');
    expect(resolveSpecifier('src/x.ts', '@discordjs/rest', exists)).toBe('pkg:@discordjs/rest');
    expect(resolveSpecifier('src/x.ts', 'node:fs', exists)).toBeNull();
  });

  it('catches a violation in a fake graph, and only that one', () => {
    const fake: ImportGraph = new Map([
      ['src/schedule/deliverDigest.ts', ['src/replies/digestReply.ts', 'src/search/library.ts']],
      ['src/trending/rankTrending.ts', ['src/search/searchPapers.ts']],
      ['src/replies/digestReply.ts', ['src/trending/digestPick.ts', 'pkg:discord.js']],
      ['src/search/library.ts', ['src/trending/rankTrending.ts']],
      ['src/status/collectStatus.ts', ['pkg:discord.js']],
      ['src/feed/x.ts', ['pkg:discord.jsx']],
    ]);
    expect(findViolations(fake, LAYER_RULES)).toEqual([
      { rule: 'core never imports the edge or the presentation layer', from: 'src/schedule/deliverDigest.ts', to: 'src/replies/digestReply.ts' },
      { rule: 'core never imports the edge or the presentation layer', from: 'src/status/collectStatus.ts', to: 'pkg:discord.js' },
      { rule: 'trending never imports search', from: 'src/trending/rankTrending.ts', to: 'src/search/searchPapers.ts' },
    ]);
  });
});
