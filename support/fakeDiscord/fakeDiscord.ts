import { performance } from 'node:perf_hooks';
import {
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  type APIApplicationCommand,
  type ApplicationFlags,
  type UserFlags,
  type APIUser,
  type GatewayReadyDispatchData,
} from 'discord.js';
import { CommandStore } from './commandStore.js';
import type { FakeContext } from './context.js';
import { Faults } from './faults.js';
import { Gateway } from './gateway.js';
import { GuildStore, type GuildState } from './guilds.js';
import { HttpServer } from './http.js';
import type { InteractionKind } from './interactions/dispatch.js';
import type { InteractionHandle } from './interactions/handle.js';
import { closeInteractions, dispatchInteraction, interactionForPath, logInteractionRequest } from './interactions/registry.js';
import { MessageStore } from './messages.js';
import { GlobalLimiter } from './rateLimit.js';
import { Router } from './router.js';
import { callbackRoutes } from './routes/callbacks.js';
import { channelRoutes } from './routes/channels.js';
import { commandRoutes } from './routes/commands.js';
import { guildRoutes } from './routes/guilds.js';
import { metaRoutes } from './routes/meta.js';
import { webhookRoutes } from './routes/webhooks.js';
import { sharedOpenApiValidator } from './validate/openapi.js';
import { shardOfGuild } from './shards.js';
import type {
  AutocompleteInput,
  CommandInput,
  ComponentInput,
  FakeDiscordOptions,
  FakeMessage,
  FaultHandle,
  FaultSpec,
  GuildSpec,
  ModalInput,
  RequestRecord,
  SchemaViolation,
  SelectInput,
} from './types.js';

/** A stand-in Discord (REST + gateway) on 127.0.0.1 for end-to-end tests with a real discord.js client. */
export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Every REST request, in arrival order. */
  readonly requests: RequestRecord[] = [];
  private readonly ctx: FakeContext;
  private readonly http: HttpServer;
  private readonly faults = new Faults();
  private readonly limiter: GlobalLimiter | null;
  private readonly startedAt = performance.now();
  private port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? 'test-token';
    this.applicationId = options.applicationId ?? '1300000000000000001';
    this.botUser = {
      id: options.botUserId ?? this.applicationId,
      username: options.botUsername ?? 'paperboy',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      verified: true,
      mfa_enabled: false,
      // Empty bitfields: discord-api-types models flags as enums without a zero member.
      flags: 0 as UserFlags,
      public_flags: 0 as UserFlags,
    };
    const guilds = new GuildStore(this.botUser);
    for (const spec of options.guilds ?? [{}]) guilds.addGuild(spec);
    this.limiter = options.globalRateLimit ? new GlobalLimiter(options.globalRateLimit) : null;
    const gateway = new Gateway({
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      buildReady: (sessionId, shard) => this.buildReady(sessionId, shard),
      guildIds: () => [...guilds.guilds.values()].filter((g) => g.botIsMember).map((g) => g.id),
      guildCreate: (guildId) => guilds.renderGuildCreate(guilds.guilds.get(guildId) ?? fail(`no guild ${guildId}`)),
    });
    this.ctx = {
      token: this.token,
      applicationId: this.applicationId,
      botUser: this.botUser,
      guilds,
      messages: new MessageStore(this.botUser, this.applicationId, () => this.baseUrl),
      commands: new CommandStore(this.applicationId),
      interactions: new Map(),
      interactionsByToken: new Map(),
      gateway,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      gatewayUrl: () => this.gatewayUrl,
      recommendedShards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      now: () => performance.now(),
    };
    const router = new Router();
    router.add(...metaRoutes(this.ctx), ...commandRoutes(this.ctx), ...callbackRoutes(this.ctx), ...webhookRoutes(this.ctx), ...channelRoutes(this.ctx), ...guildRoutes(this.ctx));
    this.http = new HttpServer({
      token: this.token,
      router,
      faults: this.faults,
      limiter: this.limiter,
      linkInteraction: (path) => interactionForPath(this.ctx, path),
      record: (entry) => {
        this.requests.push(entry);
        logInteractionRequest(this.ctx, entry);
      },
      clock: () => performance.now() - this.startedAt,
      // The validator (and the spec) is loaded on the first request, not at start-up.
      checkSpec: options.validateAgainstSpec === false ? null : (method, path, body) => sharedOpenApiValidator().check(method, path, body),
    });
    this.http.upgradeHandler = (req, socket, head) => {
      if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname === '/gateway') gateway.upgrade(req, socket, head);
      else socket.destroy();
    };
  }

  /** @internal Use startFakeDiscord(). */
  async listen(): Promise<this> {
    this.port = await this.http.listen();
    return this;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What to give discord.js as `rest.api` (it appends `/v10`). */
  get apiBaseUrl(): string {
    return `${this.baseUrl}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get guilds(): GuildState[] {
    return [...this.ctx.guilds.guilds.values()];
  }

  get defaultGuildId(): string {
    const guild = this.guilds[0];
    if (!guild) throw new Error('fake-discord: no guilds configured');
    return guild.id;
  }

  /** The first text channel of the first guild: where interactions come from by default. */
  get defaultChannelId(): string {
    const channel = this.ctx.guilds.channelsOf(this.defaultGuildId)[0];
    if (!channel) throw new Error('fake-discord: the default guild has no channels');
    return channel.id;
  }

  /** Channel ids by name across all guilds (first match). */
  channelId(name: string): string {
    const channel = [...this.ctx.guilds.channels.values()].find((c) => c.name === name);
    if (!channel) throw new Error(`fake-discord: no channel named ${name}`);
    return channel.id;
  }

  /** A channel's id by name within one guild. */
  channelIdIn(guildId: string, name: string): string {
    const channel = this.ctx.guilds.channelsOf(guildId).find((c) => c.name === name);
    if (!channel) throw new Error(`fake-discord: no channel named ${name} in guild ${guildId}`);
    return channel.id;
  }

  /** Routes the bot called that the fake (and so probably Discord) does not have. */
  get unknownRoutes(): readonly { method: string; path: string }[] {
    return this.http.unknownRoutes;
  }

  /**
   * Requests whose body Discord's OpenAPI description refuses (answered 400 Invalid Form Body).
   * End-to-end tests check this stays empty: the bot sent nothing Discord would refuse.
   */
  schemaViolations(): readonly SchemaViolation[] {
    return this.http.schemaViolations;
  }

  /** Forgets recorded violations (for tests that send a bad body on purpose). */
  clearSchemaViolations(): void {
    this.http.schemaViolations.length = 0;
  }

  /** Forgets recorded gateway protocol errors (for tests that break the protocol on purpose). */
  clearProtocolErrors(): void {
    this.ctx.gateway.protocolErrors.length = 0;
  }

  /** Forgets recorded unknown routes (for tests that call one on purpose). */
  clearUnknownRoutes(): void {
    this.http.unknownRoutes.length = 0;
  }

  /** The latest IDENTIFY payload (`intents`, `properties`, `shard`, …), or null before login. */
  get identify(): Readonly<Record<string, unknown>> | null {
    return this.ctx.gateway.identifies.at(-1) ?? null;
  }

  get identifies(): readonly Readonly<Record<string, unknown>>[] {
    return this.ctx.gateway.identifies;
  }

  /** Query strings of every gateway connection (`v`, `encoding`, `compress`). */
  get gatewayConnections(): readonly { query: Record<string, string>; at: number }[] {
    return this.ctx.gateway.connections;
  }

  /** Protocol violations by the client and exceptions inside the fake; both should stay empty. */
  get problems(): readonly string[] {
    return [...this.ctx.gateway.protocolErrors, ...this.http.internalErrors];
  }

  /** How many requests the global limiter answered with 429. */
  get globalRateLimited(): number {
    return this.limiter?.rejected ?? 0;
  }

  channelMessages(channelId: string, opts: { includeEphemeral?: boolean } = {}): FakeMessage[] {
    return this.ctx.messages.inChannel(channelId, opts.includeEphemeral ?? false).map((m) => structuredClone(m));
  }

  message(id: string): FakeMessage | undefined {
    const m = this.ctx.messages.byId.get(id);
    return m ? structuredClone(m) : undefined;
  }

  /** Commands the bot registered globally (no argument) or in one guild. */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return structuredClone(this.ctx.commands.list(guildId ?? null));
  }

  /** Makes the next matching request(s) fail, hang or lag; see FaultSpec. */
  failNext(spec: FaultSpec): FaultHandle {
    return this.faults.add(spec);
  }

  /** Resolves when some client has identified and been sent READY and its guilds. */
  async waitForBot(timeoutMs = 10_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`fake-discord: no client identified within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.ctx.gateway.whenReady(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The bot's effective permissions in a channel, as Discord computes them. */
  botPermissionsIn(channelId: string): bigint {
    const channel = this.ctx.guilds.channels.get(channelId);
    return channel ? this.ctx.guilds.botPermissionsIn(channel) : 0n;
  }

  /** Gives the bot exactly `permissions` in a channel (member overwrite) and tells the gateway. */
  setChannelPermissions(channelId: string, permissions: bigint): void {
    const channel = this.requireChannel(channelId);
    this.ctx.guilds.setBotPermissions(channel, permissions);
    this.ctx.gateway.dispatch(GatewayDispatchEvents.ChannelUpdate, this.ctx.guilds.renderChannel(channel), { intent: GatewayIntentBits.Guilds, guildId: channel.guildId });
  }

  /** Deletes a channel and dispatches CHANNEL_DELETE: later calls get 404 Unknown Channel (10003). */
  channelDelete(channelId: string): void {
    const channel = this.requireChannel(channelId);
    this.ctx.guilds.channels.delete(channelId);
    this.ctx.gateway.dispatch(GatewayDispatchEvents.ChannelDelete, this.ctx.guilds.renderChannel(channel), { intent: GatewayIntentBits.Guilds, guildId: channel.guildId });
  }

  /** Deletes a channel without telling the bot (its cache goes stale, as after a missed event). */
  deleteChannel(channelId: string): void {
    this.requireChannel(channelId);
    this.ctx.guilds.channels.delete(channelId);
  }

  /** GUILD_DELETE: the bot was removed (later calls get 403 Missing Access), or with `unavailable` an outage. */
  guildDelete(guildId: string, opts: { unavailable?: boolean } = {}): void {
    const guild = this.ctx.guilds.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: no guild ${guildId}`);
    if (opts.unavailable !== true) guild.botIsMember = false;
    this.ctx.gateway.dispatch(GatewayDispatchEvents.GuildDelete, opts.unavailable === true ? { id: guildId, unavailable: true } : { id: guildId }, { intent: GatewayIntentBits.Guilds, guildId });
  }

  /** The bot joins a new guild: GUILD_CREATE is dispatched. */
  guildCreate(spec: GuildSpec = {}): GuildState {
    const guild = this.ctx.guilds.addGuild(spec);
    this.ctx.gateway.dispatch(GatewayDispatchEvents.GuildCreate, this.ctx.guilds.renderGuildCreate(guild), { intent: GatewayIntentBits.Guilds, guildId: guild.id });
    return guild;
  }

  /** Asks connected clients to reconnect (op 7); discord.js resumes its session. */
  requestReconnect(): void {
    this.ctx.gateway.sendOp(GatewayOpcodes.Reconnect);
  }

  /** Closes gateway sockets abruptly (default 4000, resumable). */
  dropConnections(code = 4000): void {
    this.ctx.gateway.dropConnections(code);
  }

  sendCommand(input: CommandInput): InteractionHandle {
    return this.dispatch({ kind: 'command', input });
  }

  sendAutocomplete(input: AutocompleteInput): InteractionHandle {
    return this.dispatch({ kind: 'autocomplete', input });
  }

  clickButton(input: ComponentInput): InteractionHandle {
    return this.dispatch({ kind: 'button', input });
  }

  selectMenu(input: SelectInput): InteractionHandle {
    return this.dispatch({ kind: 'select', input });
  }

  submitModal(input: ModalInput): InteractionHandle {
    return this.dispatch({ kind: 'modal', input });
  }

  /** Shuts everything down: sockets, server, pending waits. */
  async close(): Promise<void> {
    closeInteractions(this.ctx);
    await this.ctx.gateway.close();
    await this.http.close();
  }

  private dispatch(kind: InteractionKind): InteractionHandle {
    return dispatchInteraction(this.ctx, kind);
  }

  /** The shard a guild's events and interactions go to, by Discord's formula (see shards.ts). */
  shardOf(guildId: string, numShards: number): number {
    return shardOfGuild(guildId, numShards);
  }

  /** Sessions that identified, with their `shard` ([id, count]) — one per shard per bot process. */
  get sessions(): readonly { id: string; shard: readonly [number, number]; open: boolean }[] {
    return this.ctx.gateway.sessions.map((s) => ({ id: s.id, shard: s.shard, open: s.socket !== null }));
  }

  private buildReady(sessionId: string, shard: readonly [number, number]): GatewayReadyDispatchData {
    return {
      v: 10,
      user: this.botUser,
      guilds: this.guilds.filter((g) => g.botIsMember && shardOfGuild(g.id, shard[1]) === shard[0]).map((g) => ({ id: g.id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: [shard[0], shard[1]],
      application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
  }

  private requireChannel(channelId: string) {
    const channel = this.ctx.guilds.channels.get(channelId);
    if (!channel) throw new Error(`fake-discord: no channel ${channelId}`);
    return channel;
  }
}

function fail(message: string): never {
  throw new Error(`fake-discord: ${message}`);
}
