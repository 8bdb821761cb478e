import { InteractionResponseType as R, type APIApplicationCommandOptionChoice, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { FakeContext } from '../context.js';
import { onCallback } from '../interactions/record.js';
import { asArray, asObject } from '../json.js';
import { apiError, json, type ApiRequest, type ApiResponse, type Route } from '../router.js';
import type { FakeMessage } from '../types.js';
import { checkCallback } from '../validate/callback.js';

/** `POST /interactions/:id/:token/callback`: the bot's first answer to an interaction. */
export function callbackRoutes(ctx: FakeContext): Route[] {
  const handle = (req: ApiRequest): ApiResponse => {
    const rec = ctx.interactions.get(req.params.id ?? '');
    if (!rec || rec.token !== req.params.token) return apiError(404, 10062, 'Unknown interaction');
    if (rec.callbackType !== null) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    // Discord forgets an interaction that was not answered within 3 seconds.
    if (req.receivedAt - rec.dispatchedAt > ctx.interactionDeadlineMs) return apiError(404, 10062, 'Unknown interaction');
    const body = asObject(req.body);
    const check = checkCallback(body, rec.type, rec.componentMessageId !== null, req.files.length);
    if (!check.ok) return json(check.status, check.body);
    const type = Number(body.type) as R; // checkCallback accepted it as one of the allowed types
    const data = asObject(body.data);
    const base = { channelId: rec.channelId, guildId: rec.guildId, interactionId: rec.id };
    const component = rec.componentMessageId === null ? undefined : ctx.messages.byId.get(rec.componentMessageId);
    let message: FakeMessage | null = null;
    switch (type) {
      case R.ChannelMessageWithSource:
        message = ctx.messages.create({ ...base, body: data, files: req.files });
        break;
      case R.DeferredChannelMessageWithSource:
        message = ctx.messages.create({ ...base, body: { flags: data.flags ?? 0 }, files: [], loading: true });
        break;
      case R.UpdateMessage:
        if (component) message = ctx.messages.edit(component, data, req.files);
        break;
      case R.ApplicationCommandAutocompleteResult:
        rec.choices = asArray(data.choices) as APIApplicationCommandOptionChoice[];
        break;
      case R.Modal:
        rec.modal = data as unknown as APIModalInteractionResponseCallbackData; // shape checked by checkCallback
        break;
      default:
        break;
    }
    rec.originalMessageId = message?.id ?? (type === R.DeferredMessageUpdate ? (component?.id ?? null) : null);
    onCallback(rec, type, req.receivedAt);
    if (req.query.with_response !== 'true') return json(204);
    return json(200, {
      interaction: {
        id: rec.id,
        type: rec.type,
        ...(message ? { response_message_id: message.id, response_message_loading: type === R.DeferredChannelMessageWithSource, response_message_ephemeral: message.ephemeral } : {}),
      },
      resource: { type, ...(message ? { message: ctx.messages.render(message) } : {}) },
    });
  };
  const validate = (req: ApiRequest): ApiResponse | null => {
    const rec = ctx.interactions.get(req.params.id ?? '');
    if (!rec) return null;
    const check = checkCallback(asObject(req.body), rec.type, rec.componentMessageId !== null, req.files.length);
    return check.ok ? null : json(check.status, check.body);
  };
  return [{ method: 'POST', pattern: '/interactions/:id/:token/callback', auth: false, exemptFromGlobalLimit: true, handle, validate }];
}
