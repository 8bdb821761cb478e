import { MessageFlags, MessageType, type APIEmbed, type APIMessage, type APIMessageTopLevelComponent, type APIUser } from 'discord.js';
import { asArray, asObject, type JsonObject } from './json.js';
import { nextSnowflake } from './snowflake.js';
import type { FakeMessage } from './types.js';

/** A file that arrived in a multipart request. */
export interface UploadedFile {
  field: string;
  filename: string;
  size: number;
}

/** Flags a sender may set; Discord drops the rest. */
const SETTABLE_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;

/** Every message the bot made: channel posts, interaction replies and follow-ups. */
export class MessageStore {
  readonly byId = new Map<string, FakeMessage>();
  // Messages per channel, oldest first (as Discord indexes them): a channel's messages without a scan of all.
  private readonly byChannel = new Map<string, FakeMessage[]>();

  constructor(private readonly botUser: APIUser, private readonly applicationId: string, private readonly baseUrl: () => string) {}

  create(input: {
    channelId: string;
    guildId: string | null;
    body: JsonObject;
    files: UploadedFile[];
    interactionId?: string | null;
    loading?: boolean;
  }): FakeMessage {
    const flags = (Number(input.body.flags ?? 0) & SETTABLE_FLAGS) | (input.loading ? MessageFlags.Loading : 0);
    const message: FakeMessage = {
      id: nextSnowflake(),
      channelId: input.channelId,
      guildId: input.guildId,
      authorId: this.botUser.id,
      content: typeof input.body.content === 'string' ? input.body.content : '',
      embeds: asArray(input.body.embeds) as APIEmbed[], // already checked against Discord's limits
      components: asArray(input.body.components),
      flags,
      ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      allowedMentions: input.body.allowed_mentions ?? null,
      attachments: input.files.map((f) => ({ id: nextSnowflake(), filename: f.filename, size: f.size })),
      nonce: typeof input.body.nonce === 'string' || typeof input.body.nonce === 'number' ? input.body.nonce : null,
      interactionId: input.interactionId ?? null,
      createdAt: Date.now(),
      editedAt: null,
      deleted: false,
    };
    this.byId.set(message.id, message);
    const list = this.byChannel.get(message.channelId);
    if (list === undefined) this.byChannel.set(message.channelId, [message]);
    else list.push(message);
    return message;
  }

  /** Applies an edit: fields present in the body replace the old ones, as on Discord. */
  edit(message: FakeMessage, body: JsonObject, files: UploadedFile[]): FakeMessage {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) message.embeds = asArray(body.embeds) as APIEmbed[];
    if ('components' in body) message.components = asArray(body.components);
    if ('allowed_mentions' in body) message.allowedMentions = body.allowed_mentions ?? null;
    if ('flags' in body) {
      const keep = message.flags & MessageFlags.Ephemeral;
      message.flags = keep | (Number(body.flags ?? 0) & SETTABLE_FLAGS & ~MessageFlags.Ephemeral);
    }
    // An edit of a deferred ("thinking…") reply turns it into the real one.
    message.flags &= ~MessageFlags.Loading;
    if ('attachments' in body || files.length > 0) {
      const kept = new Set(asArray(body.attachments).map((a) => String(asObject(a).id)));
      message.attachments = [
        ...message.attachments.filter((a) => kept.has(a.id)),
        ...files.map((f) => ({ id: nextSnowflake(), filename: f.filename, size: f.size })),
      ];
    }
    message.editedAt = Date.now();
    return message;
  }

  /** Messages in a channel, oldest first; ephemeral ones only on request (only their user sees them). */
  inChannel(channelId: string, includeEphemeral = false): FakeMessage[] {
    return (this.byChannel.get(channelId) ?? []).filter((m) => !m.deleted && (includeEphemeral || !m.ephemeral));
  }

  render(m: FakeMessage): APIMessage {
    return {
      id: m.id,
      channel_id: m.channelId,
      author: this.botUser,
      content: m.content,
      timestamp: new Date(m.createdAt).toISOString(),
      edited_timestamp: m.editedAt === null ? null : new Date(m.editedAt).toISOString(),
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: m.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        size: a.size,
        url: `${this.baseUrl()}/attachments/${m.channelId}/${a.id}/${a.filename}`,
        proxy_url: `${this.baseUrl()}/attachments/${m.channelId}/${a.id}/${a.filename}`,
      })),
      embeds: m.embeds,
      // Stored as sent (validated on the way in); Discord echoes components back the same way.
      components: m.components as APIMessageTopLevelComponent[],
      pinned: false,
      type: m.interactionId === null ? MessageType.Default : MessageType.ChatInputCommand,
      flags: m.flags,
      ...(m.nonce === null ? {} : { nonce: m.nonce }),
      ...(m.interactionId === null ? {} : { webhook_id: this.applicationId, application_id: this.applicationId }),
    };
  }
}
