import type { FakeContext } from '../context.js';
import { onFollowUp, onOriginalEdited, type InteractionRecord } from '../interactions/record.js';
import { asObject } from '../json.js';
import { apiError, json, type ApiRequest, type ApiResponse, type Route } from '../router.js';
import type { FakeMessage } from '../types.js';
import { checkMessageBody } from '../validate/message.js';

/** Interaction webhooks: follow-ups and `@original` edits, authenticated by the interaction token. */
export function webhookRoutes(ctx: FakeContext): Route[] {
  const interaction = (req: ApiRequest): InteractionRecord | ApiResponse => {
    const rec = req.params.app === ctx.applicationId ? ctx.interactionsByToken.get(req.params.token ?? '') : undefined;
    return rec ?? apiError(404, 10015, 'Unknown Webhook');
  };
  const target = (rec: InteractionRecord, messageId: string | undefined): FakeMessage | undefined => {
    const id = messageId === '@original' ? rec.originalMessageId : messageId;
    if (id === null || id === undefined) return undefined;
    if (id !== rec.originalMessageId && !rec.followUpIds.includes(id)) return undefined;
    const message = ctx.messages.byId.get(id);
    return message && !message.deleted ? message : undefined;
  };
  const withTarget = (fn: (req: ApiRequest, rec: InteractionRecord, message: FakeMessage) => ApiResponse) => (req: ApiRequest): ApiResponse => {
    const rec = interaction(req);
    if ('status' in rec) return rec;
    const message = target(rec, req.params.message);
    return message ? fn(req, rec, message) : apiError(404, 10008, 'Unknown Message');
  };

  const followUp = (req: ApiRequest): ApiResponse => {
    const rec = interaction(req);
    if ('status' in rec) return rec;
    // Follow-ups only exist once the interaction has been acknowledged.
    if (rec.callbackType === null) return apiError(404, 10015, 'Unknown Webhook');
    const body = asObject(req.body);
    const check = checkMessageBody(body, { creating: true, fileCount: req.files.length });
    if (!check.ok) return json(check.status, check.body);
    const message = ctx.messages.create({ channelId: rec.channelId, guildId: rec.guildId, body, files: req.files, interactionId: rec.id });
    onFollowUp(rec, message.id, req.receivedAt);
    return req.query.wait === 'true' ? json(200, ctx.messages.render(message)) : json(204);
  };

  const edit = withTarget((req, rec, message) => {
    const body = asObject(req.body);
    const check = checkMessageBody(body, { creating: false, fileCount: req.files.length });
    if (!check.ok) return json(check.status, check.body);
    ctx.messages.edit(message, body, req.files);
    if (message.id === rec.originalMessageId) onOriginalEdited(rec, req.receivedAt);
    return json(200, ctx.messages.render(message));
  });

  const validateBody = (creating: boolean) => (req: ApiRequest): ApiResponse | null => {
    const check = checkMessageBody(asObject(req.body), { creating, fileCount: req.files.length });
    return check.ok ? null : json(check.status, check.body);
  };

  const base = '/webhooks/:app/:token';
  return [
    { method: 'POST', pattern: base, auth: false, exemptFromGlobalLimit: true, handle: followUp, validate: validateBody(true) },
    { method: 'PATCH', pattern: `${base}/messages/:message`, auth: false, exemptFromGlobalLimit: true, handle: edit, validate: validateBody(false) },
    {
      method: 'GET',
      pattern: `${base}/messages/:message`,
      auth: false,
      exemptFromGlobalLimit: true,
      handle: withTarget((_req, _rec, m) => json(200, ctx.messages.render(m))),
    },
    {
      method: 'DELETE',
      pattern: `${base}/messages/:message`,
      auth: false,
      exemptFromGlobalLimit: true,
      handle: withTarget((_req, _rec, m) => {
        m.deleted = true;
        return json(204);
      }),
    },
  ];
}
