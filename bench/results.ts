import type { Machine } from './machine.js';
import type { AnchorResult } from './measure/anchors.js';
import type { BuildResult } from './measure/build.js';
import type { E2eResult } from './measure/e2e.js';
import type { FanOutResult } from './measure/fanOut.js';
import type { MultiFanOutResult } from './measure/fanOutProcesses.js';
import type { LibraryMemory } from './measure/libraryMemory.js';
import type { LiveFeedResult } from './measure/liveFeed.js';
import type { ProfileResult, ReopenProfile } from './measure/profile.js';
import type { QueryResult } from './measure/queries.js';
import type { QueryProfile } from './measure/queryProfile.js';
import type { StartResult } from './measure/startup.js';

/** A generated (or cached) corpus as measured. */
export interface CorpusInfo {
  size: number;
  dir: string;
  files: number;
  megabytes: number;
  generated: boolean;
  generateMs: number;
}

/** How one section went; failed sections keep their error for the report. */
export interface SectionOutcome {
  name: string;
  status: 'ok' | 'failed';
  ms: number;
  error: string | null;
}

/** Everything one run measured. */
export interface BenchResults {
  startedAt: Date;
  finishedAt: Date | null;
  mode: string;
  command: string;
  machine: Machine;
  /** Which code was measured (commit, uncommitted files). */
  code: string;
  seed: number;
  sizes: number[];
  corpora: CorpusInfo[];
  startup: StartResult[];
  builds: BuildResult[];
  libraryMemory: LibraryMemory[];
  queries: QueryResult[];
  anchors: AnchorResult[];
  e2e: E2eResult[];
  fanOut: FanOutResult | null;
  /** The fan-out by several processes sharing PostgreSQL. */
  multiFanOut: MultiFanOutResult | null;
  /** Following the Daily Papers feed: adding a day's list, upvote refresh (per size). */
  liveFeed: LiveFeedResult[];
  profile: ProfileResult | null;
  queryProfile: QueryProfile | null;
  reopenProfile: ReopenProfile | null;
  sections: SectionOutcome[];
  /** Notes the report prints under the tables (e.g. which library the queries ran on). */
  notes: string[];
}
