import { DEFAULT_SEED } from './constants.js';

/** The sections a run can be limited to with `--only`. */
export const SECTIONS = ['corpus', 'startup', 'build', 'memory', 'queries', 'anchors', 'e2e', 'fanout', 'multifanout', 'profile', 'livefeed'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchArgs {
  quick: boolean;
  sizes: number[];
  /** Sizes the real bot is driven at through the stand-in Discord. */
  e2eSizes: number[];
  seed: number;
  only: Set<Section> | null;
  /** CPU-profile the largest load + build (full runs; off with --no-profile, on in quick runs with --profile). */
  profile: boolean;
  fanOutChannels: number;
  /** Channels of the fan-out by several processes on PostgreSQL (issue 14). */
  multiFanOutChannels: number;
}

const USAGE = 'usage: npm run bench -- [--quick] [--sizes 1000,10000] [--e2e-sizes 351,100000] [--only startup,queries] [--seed 1] [--profile | --no-profile] [--fanout-channels 1000] [--multi-fanout-channels 10000]';

function parseSizes(value: string | undefined, flag: string): number[] {
  const sizes = (value ?? '').split(',').map((s) => Number(s.trim().replace(/k$/i, '000')));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bench: ${flag} needs sizes like 1000,10000 (got "${value ?? ''}")\n${USAGE}`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Parses the command line; throws with the usage on anything it does not know. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  let quick = false;
  let sizes: number[] | null = null;
  let e2eSizes: number[] | null = null;
  let seed = DEFAULT_SEED;
  let only: Set<Section> | null = null;
  let profile: boolean | null = null;
  let fanOutChannels: number | null = null;
  let multiFanOutChannels: number | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      i += 1;
      const v = argv[i];
      if (v === undefined) throw new Error(`bench: ${arg ?? ''} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--sizes') sizes = parseSizes(value(), '--sizes');
    else if (arg === '--e2e-sizes') e2eSizes = parseSizes(value(), '--e2e-sizes');
    else if (arg === '--seed') seed = Number(value());
    else if (arg === '--profile') profile = true;
    else if (arg === '--no-profile') profile = false;
    else if (arg === '--fanout-channels') fanOutChannels = Number(value());
    else if (arg === '--multi-fanout-channels') multiFanOutChannels = Number(value());
    else if (arg === '--only') {
      const names = value().split(',').map((s) => s.trim());
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (bad.length > 0) throw new Error(`bench: unknown section ${bad.join(', ')}; sections are ${SECTIONS.join(', ')}`);
      only = new Set(names as Section[]);
    } else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`bench: unknown argument "${arg ?? ''}"\n${USAGE}`);
  }
  if (!Number.isInteger(seed)) throw new Error('bench: --seed must be an integer');
  for (const [flag, v] of [['--fanout-channels', fanOutChannels], ['--multi-fanout-channels', multiFanOutChannels]] as const) {
    if (v !== null && (!Number.isInteger(v) || v <= 0)) throw new Error(`bench: ${flag} must be a positive integer`);
  }
  const chosen = sizes ?? (quick ? [351, 1000] : [351, 1000, 10_000, 100_000]);
  const largest = chosen.at(-1) ?? 351;
  return {
    quick,
    sizes: chosen,
    e2eSizes: e2eSizes ?? (quick ? [351] : [...new Set([351, largest])]),
    seed,
    only,
    profile: only === null ? (profile ?? !quick) : only.has('profile'),
    fanOutChannels: fanOutChannels ?? (quick ? 200 : 1000),
    multiFanOutChannels: multiFanOutChannels ?? (quick ? 500 : 10_000),
  };
}

/** Whether a section runs under `--only` (and the profile only when asked for or in a full run). */
export function wants(args: BenchArgs, section: Section): boolean {
  if (section === 'profile') return args.profile;
  return args.only === null || args.only.has(section);
}
