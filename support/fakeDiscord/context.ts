import type { APIUser } from 'discord.js';
import type { CommandStore } from './commandStore.js';
import type { Gateway } from './gateway.js';
import type { GuildStore } from './guilds.js';
import type { InteractionRecord } from './interactions/record.js';
import type { MessageStore } from './messages.js';

/** The fake's shared state, handed to every route and interaction builder. */
export interface FakeContext {
  token: string;
  applicationId: string;
  botUser: APIUser;
  guilds: GuildStore;
  messages: MessageStore;
  commands: CommandStore;
  interactions: Map<string, InteractionRecord>;
  interactionsByToken: Map<string, InteractionRecord>;
  gateway: Gateway;
  interactionDeadlineMs: number;
  gatewayUrl(): string;
  /** `shards` in GET /gateway/bot: what Discord recommends (default 1). */
  recommendedShards: number;
  /** `session_start_limit.max_concurrency`: shards that may IDENTIFY at once (default 1). */
  maxConcurrency: number;
  /** `performance.now()`: monotonic ms for interaction timings. */
  now(): number;
}
