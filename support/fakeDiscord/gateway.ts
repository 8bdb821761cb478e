import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, GatewayOpcodes, type GatewayReadyDispatchData } from 'discord.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { asObject, asNumber, asString, type JsonObject } from './json.js';
import { nextSnowflake } from './snowflake.js';
import { shardOfGuild } from './shards.js';

/** A message's text whatever form ws hands it in (a Buffer, an ArrayBuffer or a Buffer per fragment). */
function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

interface DispatchPayload {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

/** A gateway session: survives its socket so the client can RESUME and get missed events. */
export interface GatewaySession {
  id: string;
  seq: number;
  intents: number;
  /** IDENTIFY's `shard`: [shard_id, num_shards]; [0, 1] when the client sent none. */
  shard: readonly [number, number];
  socket: WebSocket | null;
  backlog: DispatchPayload[];
}

/** Discord refuses a session that would carry more guilds than this (close 4011, sharding required). */
export const MAX_GUILDS_PER_SHARD = 2500;

export interface GatewayDeps {
  token: string;
  heartbeatIntervalMs: number;
  buildReady(sessionId: string, shard: readonly [number, number]): GatewayReadyDispatchData;
  /** Ids of the guilds the bot is in (each goes only to its shard's session). */
  guildIds(): string[];
  /** The GUILD_CREATE payload of one guild, sent after READY. */
  guildCreate(guildId: string): unknown;
}

/** Where a dispatch goes: one session, or every session that asked for `intent` (only those on `guildId`'s shard, when given). */
export type DispatchTarget = GatewaySession | { intent: number; guildId?: string };

const BACKLOG = 1000;

/** The WebSocket half of the fake: HELLO, IDENTIFY/RESUME, heartbeats and dispatches. */
export class Gateway {
  readonly sessions: GatewaySession[] = [];
  readonly identifies: JsonObject[] = [];
  readonly connections: { query: Record<string, string>; at: number }[] = [];
  /** Things the client did that Discord would reject; a clean run leaves this empty. */
  readonly protocolErrors: string[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readyListeners: (() => void)[] = [];

  constructor(private readonly deps: GatewayDeps) {
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** The session that gets interactions: the newest one with an open socket. */
  get current(): GatewaySession | undefined {
    return [...this.sessions].reverse().find((s) => s.socket !== null) ?? this.sessions.at(-1);
  }

  /**
   * The session that gets a guild's events: among sessions whose shard owns the guild, the newest
   * with an open socket (else the newest, whose backlog a RESUME replays), as Discord routes by
   * `(guild_id >> 22) % num_shards`.
   */
  sessionFor(guildId: string): GatewaySession | undefined {
    const owners = this.sessions.filter((s) => onShard(s, guildId));
    return [...owners].reverse().find((s) => s.socket !== null) ?? owners.at(-1);
  }

  /** Resolves once some session has been sent READY and its guilds. */
  whenReady(): Promise<void> {
    if (this.sessions.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.readyListeners.push(resolve));
  }

  /** Sends a dispatch to one session, or to all that asked for `intent`. */
  dispatch(t: string, d: unknown, target: DispatchTarget): void {
    const sessions = 'intent' in target ? this.listeners(target.intent, target.guildId) : [target];
    for (const session of sessions) {
      const payload: DispatchPayload = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d };
      session.backlog.push(payload);
      if (session.backlog.length > BACKLOG) session.backlog.shift();
      session.socket?.send(JSON.stringify(payload));
    }
  }

  /** Sends a raw opcode (e.g. 7 Reconnect, 9 Invalid Session) to every open socket. */
  sendOp(op: GatewayOpcodes, d: unknown = null): void {
    for (const ws of this.wss.clients) ws.send(JSON.stringify({ op, d, s: null, t: null }));
  }

  /** Closes every open socket with `code` (sessions stay resumable unless the code forbids it). */
  dropConnections(code = 4000): void {
    for (const ws of this.wss.clients) ws.close(code);
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /** Sessions that asked for `intent` and, given a guild, are on its shard (as Discord, every such session gets the event). */
  private listeners(intent: number, guildId: string | undefined): GatewaySession[] {
    return this.sessions.filter((s) => (s.intents & intent) !== 0 && (guildId === undefined || onShard(s, guildId)));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const query = Object.fromEntries(new URL(req.url ?? '/', 'http://localhost').searchParams);
    this.connections.push({ query, at: Date.now() });
    if (query.v !== '10') return this.reject(ws, GatewayCloseCodes.InvalidAPIVersion, `gateway: unsupported version v=${String(query.v)}`);
    // Only what discord.js asks for without zlib-sync installed: plain JSON text frames.
    if (query.encoding !== 'json' || query.compress !== undefined) {
      return this.reject(ws, GatewayCloseCodes.DecodeError, `gateway: unsupported encoding=${String(query.encoding)} compress=${String(query.compress)}`);
    }
    const conn: { session: GatewaySession | null } = { session: null };
    ws.on('message', (data) => this.onMessage(ws, conn, data));
    ws.on('close', () => {
      if (conn.session?.socket === ws) conn.session.socket = null;
    });
    ws.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.deps.heartbeatIntervalMs }, s: null, t: null }));
  }

  private reject(ws: WebSocket, code: number, reason: string): void {
    this.protocolErrors.push(reason);
    ws.close(code, reason);
  }

  private onMessage(ws: WebSocket, conn: { session: GatewaySession | null }, data: RawData): void {
    let payload: JsonObject;
    try {
      payload = asObject(JSON.parse(rawText(data)));
    } catch {
      return this.reject(ws, GatewayCloseCodes.DecodeError, 'gateway: payload is not JSON');
    }
    const op = asNumber(payload.op);
    if (op === GatewayOpcodes.Heartbeat) {
      ws.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null }));
    } else if (op === GatewayOpcodes.Identify) {
      this.onIdentify(ws, conn, asObject(payload.d));
    } else if (op === GatewayOpcodes.Resume) {
      this.onResume(ws, conn, asObject(payload.d));
    } else if (conn.session === null) {
      this.reject(ws, GatewayCloseCodes.NotAuthenticated, `gateway: op ${String(op)} before IDENTIFY`);
    } else if (op !== GatewayOpcodes.PresenceUpdate && op !== GatewayOpcodes.VoiceStateUpdate && op !== GatewayOpcodes.RequestGuildMembers) {
      this.reject(ws, GatewayCloseCodes.UnknownOpcode, `gateway: unknown opcode ${String(op)}`);
    }
  }

  private onIdentify(ws: WebSocket, conn: { session: GatewaySession | null }, d: JsonObject): void {
    if (conn.session) return this.reject(ws, GatewayCloseCodes.AlreadyAuthenticated, 'gateway: IDENTIFY sent twice');
    if (d.token !== this.deps.token) return this.reject(ws, GatewayCloseCodes.AuthenticationFailed, 'gateway: IDENTIFY with wrong token');
    const intents = asNumber(d.intents);
    if (intents === undefined) return this.reject(ws, GatewayCloseCodes.InvalidIntents, 'gateway: IDENTIFY without intents');
    const shard = readShard(d.shard);
    if (shard === null) return this.reject(ws, GatewayCloseCodes.InvalidShard, `gateway: IDENTIFY with invalid shard ${JSON.stringify(d.shard)}`);
    const guildIds = this.deps.guildIds().filter((id) => shardOfGuild(id, shard[1]) === shard[0]);
    if (guildIds.length > MAX_GUILDS_PER_SHARD) {
      return this.reject(ws, GatewayCloseCodes.ShardingRequired, `gateway: shard ${shard.join('/')} would hold ${guildIds.length} guilds; sharding required`);
    }
    this.identifies.push(d);
    const session: GatewaySession = { id: nextSnowflake(), seq: 0, intents, shard, socket: ws, backlog: [] };
    conn.session = session;
    this.dispatch(GatewayDispatchEvents.Ready, this.deps.buildReady(session.id, shard), session);
    // Like Discord, guild contents arrive only with the Guilds intent; without it discord.js waits out its timeout.
    if ((intents & GatewayIntentBits.Guilds) !== 0) {
      for (const id of guildIds) this.dispatch(GatewayDispatchEvents.GuildCreate, this.deps.guildCreate(id), session);
    }
    this.sessions.push(session);
    for (const listener of this.readyListeners.splice(0)) listener();
  }

  private onResume(ws: WebSocket, conn: { session: GatewaySession | null }, d: JsonObject): void {
    const session = this.sessions.find((s) => s.id === asString(d.session_id));
    const seq = asNumber(d.seq) ?? 0;
    if (!session || d.token !== this.deps.token || conn.session) {
      ws.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null }));
      return;
    }
    session.socket?.close(4000);
    session.socket = ws;
    conn.session = session;
    for (const missed of session.backlog.filter((p) => p.s > seq)) ws.send(JSON.stringify(missed));
    this.dispatch(GatewayDispatchEvents.Resumed, null, session);
  }
}

function onShard(session: GatewaySession, guildId: string): boolean {
  return shardOfGuild(guildId, session.shard[1]) === session.shard[0];
}

/** IDENTIFY's optional `shard`: two integers, 0 ≤ id < count; null when malformed. */
function readShard(value: unknown): readonly [number, number] | null {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
  const [i, n] = [Number(id), Number(count)];
  return n >= 1 && i >= 0 && i < n ? [i, n] : null;
}
