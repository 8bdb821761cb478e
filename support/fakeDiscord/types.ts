import type {
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIModalInteractionResponseCallbackData,
  ChannelType,
  InteractionResponseType,
} from 'discord.js';

/** A channel in a fake guild. `botPermissions` pins the bot's exact permissions there. */
export interface ChannelSpec {
  id?: string;
  name: string;
  type?: ChannelType;
  parentId?: string;
  topic?: string;
  botPermissions?: bigint;
}

/** A guild the bot is in when it connects. */
export interface GuildSpec {
  id?: string;
  name?: string;
  ownerId?: string;
  channels?: ChannelSpec[];
  /** Permissions of the bot's managed role (guild-wide, before channel overwrites). */
  botPermissions?: bigint;
  /** Permissions of @everyone; the bot has these too. */
  everyonePermissions?: bigint;
}

export interface FakeDiscordOptions {
  /** Token the bot must present as `Authorization: Bot <token>`; default 'test-token'. */
  token?: string;
  applicationId?: string;
  /** The bot user's id; Discord makes it equal to the application id, and so do we by default. */
  botUserId?: string;
  botUsername?: string;
  /** Guilds the bot is in; default one guild with a #general text channel. */
  guilds?: GuildSpec[];
  /** Global REST limit in requests per second; 0 or absent means no limit. */
  globalRateLimit?: number;
  /** Gateway heartbeat interval sent in HELLO; default 41250 ms as on Discord. */
  heartbeatIntervalMs?: number;
  /** How long an interaction may wait for its first callback; default 3000 ms as on Discord. */
  interactionDeadlineMs?: number;
  /** `shards` that GET /gateway/bot recommends (default 1). */
  shards?: number;
  /** `max_concurrency` of GET /gateway/bot: shards discord.js identifies at once (default 1; 16 for big bots). */
  maxConcurrency?: number;
  /** Check every request body against Discord's OpenAPI description (default true). */
  validateAgainstSpec?: boolean;
}

/** A request body Discord's OpenAPI description refuses. */
export interface SchemaViolation {
  method: string;
  path: string;
  /** `POST /channels/{channel_id}/messages`, or null when Discord has no such operation. */
  operation: string | null;
  /** `embeds.0.title[BASE_TYPE_MAX_LENGTH]: …` */
  errors: string[];
  body: unknown;
}

/** One REST request as the fake saw it. `at` is ms since the fake started. */
export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  responseBody: unknown;
  at: number;
  injected: boolean;
  interactionId: string | null;
}

/** What `failNext` injects instead of the normal answer. */
export interface FaultSpec {
  method?: string;
  /** Matched against the path after `/api/v10`, e.g. `/channels/123/messages`. */
  path: RegExp;
  /** Status to answer with; absent with `delayMs` means "answer normally, but late". */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests to affect; default 1. */
  times?: number;
  delayMs?: number;
  /** Never answer (until close()); exercises the client's request timeout. */
  hang?: boolean;
  /**
   * Apply the fault after the route ran: Discord did the work (e.g. created the message)
   * but the answer was lost, which is what nonces and idempotent retries are for.
   */
  after?: boolean;
}

export interface FaultHandle {
  /** How many requests this fault has affected so far. */
  readonly hits: number;
  cancel(): void;
}

/** A message as the fake stores it: what Discord would show, plus what was asked for. */
export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  authorId: string;
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  flags: number;
  ephemeral: boolean;
  allowedMentions: unknown;
  attachments: { id: string; filename: string; size: number }[];
  nonce: string | number | null;
  interactionId: string | null;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

/** The visible outcome of one interaction, as a user of Discord would see it. */
export interface InteractionResult {
  interactionId: string;
  /** The first successful callback's type (4 reply, 5 defer, 6 deferUpdate, 7 update, 8 choices, 9 modal). */
  callbackType: InteractionResponseType;
  /** Dispatch → first successful callback, in ms. */
  firstResponseMs: number;
  /** Dispatch → final visible answer, in ms. */
  finalResponseMs: number;
  /** The reply (or edited original, or first follow-up) the user sees; null for choices/modal. */
  message: FakeMessage | null;
  followUps: FakeMessage[];
  choices: APIApplicationCommandOptionChoice[] | null;
  modal: APIModalInteractionResponseCallbackData | null;
  /** Every REST request about this interaction (callbacks and webhook calls), in order. */
  requests: RequestRecord[];
}

/** Who invokes an interaction, and where. Defaults: first guild, its first text channel, user "tester". */
export interface InvokerOptions {
  guildId?: string;
  channelId?: string;
  user?: { id: string; username?: string; global_name?: string | null };
  /** The invoking member's permissions (sent as `member.permissions`); default: a plain member's. */
  memberPermissions?: bigint;
  locale?: import('discord.js').Locale;
}

export type OptionInput = string | number | boolean;

export interface CommandInput extends InvokerOptions {
  name: string;
  /** Option values by name; for channel/user/role options pass the id. */
  options?: Record<string, OptionInput>;
  subcommand?: string;
  subcommandGroup?: string;
  /** Send even if the bot never registered this command (Discord itself never would). */
  unregistered?: boolean;
}

export interface AutocompleteInput extends CommandInput {
  /** The option the user is typing in; its value is sent as the partial string. */
  focused: string;
}

export interface ComponentInput extends Omit<InvokerOptions, 'channelId' | 'guildId'> {
  customId: string;
  /** The message carrying the component (a FakeMessage from a result, or its id). */
  message: FakeMessage | string;
}

export interface SelectInput extends ComponentInput {
  values: string[];
}

export interface ModalInput extends InvokerOptions {
  customId: string;
  /** Text input values by custom id. */
  fields: Record<string, string>;
}
