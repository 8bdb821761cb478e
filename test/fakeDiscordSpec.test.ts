import { afterEach, describe, expect, it } from 'vitest';
import { toMessageBody } from '../src/replies/message.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fakeDiscord/index.js';
import { sharedOpenApiValidator } from '../support/fakeDiscord/validate/openapi.js';
import { SPEC_PATH } from '../support/fakeDiscord/validate/openapiSpec.js';

const spec = sharedOpenApiValidator();

describe("Discord's OpenAPI description, as the stand-in checks it", () => {
  it('is found beside the repository', () => {
    expect(SPEC_PATH).toMatch(/shared[/\\]discord-api-spec[/\\]openapi\.json$/);
  });

  it('maps request paths to operations, literal segments first', () => {
    expect(spec.operationFor('PATCH', '/webhooks/1/tok/messages/@original')).toBe('PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original');
    expect(spec.operationFor('POST', '/interactions/1/tok/callback')).toBe('POST /interactions/{interaction_id}/{interaction_token}/callback');
    expect(spec.operationFor('PUT', '/applications/1/guilds/2/commands')).toBe('PUT /applications/{application_id}/guilds/{guild_id}/commands');
    expect(spec.operationFor('POST', '/no/such/thing')).toBeNull();
  });

  it('accepts what the bot sends and refuses a known-bad message', () => {
    const good = { ...toMessageBody({ content: 'hi', embeds: [{ title: 't', description: 'd', fields: [{ name: 'n', value: 'v' }] }] }), nonce: 'abc', enforce_nonce: true };
    expect(spec.check('POST', '/channels/1/messages', good)).toEqual({ ok: true, operation: 'POST /channels/{channel_id}/messages' });
    const bad = spec.check('POST', '/channels/1/messages', { content: 'x', embeds: [{ title: 7 }], allowed_mentions: { parse: ['nobody'] } });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? null : bad.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
  });

  it('checks interaction callbacks against the anyOf of callback kinds, reporting the meant branch', () => {
    expect(spec.check('POST', '/interactions/1/t/callback', { type: 4, data: { content: 'ok', flags: 64 } }).ok).toBe(true);
    const bad = spec.check('POST', '/interactions/1/t/callback', { type: 4, data: { content: 'ok', embeds: [{ title: 'x'.repeat(300) }] } });
    expect(bad.ok ? null : bad.body.errors).toMatchObject({ data: { embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } });
  });

  it('allows default_member_permissions as a string (Discord and discord.js) or an integer (the spec)', () => {
    const command = (perms: unknown) => [{ name: 'subscribe', description: 'd', default_member_permissions: perms }];
    expect(spec.check('PUT', '/applications/1/commands', command('16')).ok).toBe(true);
    expect(spec.check('PUT', '/applications/1/commands', command(16)).ok).toBe(true);
    expect(spec.check('PUT', '/applications/1/commands', command('manage')).ok).toBe(false);
  });
});

describe('the stand-in refuses what the schema refuses', () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  const post = (f: FakeDiscord, init: RequestInit) =>
    fetch(`${f.apiBaseUrl}/v10/channels/${f.defaultChannelId}/messages`, { method: 'POST', ...init, headers: { authorization: `Bot ${f.token}`, ...init.headers } });

  it('answers 400 Invalid Form Body and records the violation', async () => {
    fake = await startFakeDiscord();
    const res = await post(fake, { body: JSON.stringify({ content: 'x', allowed_mentions: { parse: ['nobody'] } }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 50035, errors: { allowed_mentions: { parse: { 0: { _errors: [{ code: 'BASE_TYPE_CHOICES' }] } } } } });
    expect(fake.schemaViolations()).toMatchObject([{ method: 'POST', operation: 'POST /channels/{channel_id}/messages' }]);
    expect(fake.channelMessages(fake.defaultChannelId)).toEqual([]);
    fake.clearSchemaViolations();
  });

  it("checks a multipart request's payload_json", async () => {
    fake = await startFakeDiscord();
    const form = (payload: unknown) => {
      const data = new FormData();
      data.append('payload_json', JSON.stringify(payload));
      data.append('files[0]', new Blob(['hello']), 'a.txt');
      return data;
    };
    const ok = await post(fake, { body: form({ content: 'ok', attachments: [{ id: '0', filename: 'a.txt' }] }) });
    expect(await ok.json()).toMatchObject({ content: 'ok' });
    expect(fake.schemaViolations()).toEqual([]);
    expect((await post(fake, { body: form({ content: 'ok', tts: 'yes' }) })).status).toBe(400);
    expect(fake.schemaViolations()[0]?.errors).toEqual([expect.stringMatching(/^tts\[BASE_TYPE_BAD_TYPE\]/)]);
    fake.clearSchemaViolations();
  });
});
