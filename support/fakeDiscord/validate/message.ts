import { asArray, asObject, type JsonObject } from '../json.js';
import { checkComponents, IS_COMPONENTS_V2 } from './components.js';
import { checkEmbeds } from './embeds.js';
import { FormErrors } from './formErrors.js';
import { LIMITS } from './limits.js';

export type MessageCheck =
  | { ok: true }
  | { ok: false; status: 400; body: unknown };

const MENTION_TYPES = new Set(['roles', 'users', 'everyone']);

function checkAllowedMentions(errors: FormErrors, value: unknown): void {
  if (value === undefined || value === null) return;
  const mentions = asObject(value);
  const parse = asArray(mentions.parse);
  parse.forEach((type, i) => {
    if (typeof type !== 'string' || !MENTION_TYPES.has(type)) {
      errors.add(['allowed_mentions', 'parse', i], 'BASE_TYPE_CHOICES', "Value must be one of ('roles', 'users', 'everyone').");
    }
  });
  for (const kind of ['users', 'roles'] as const) {
    if (parse.includes(kind) && asArray(mentions[kind]).length > 0) {
      errors.add(['allowed_mentions', kind], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`);
    }
    errors.maxLength(['allowed_mentions', kind], mentions[kind], 100);
  }
}

function hasVisibleContent(body: JsonObject, fileCount: number): boolean {
  return (
    (typeof body.content === 'string' && body.content.length > 0) ||
    asArray(body.embeds).length > 0 ||
    asArray(body.components).length > 0 ||
    asArray(body.sticker_ids).length > 0 ||
    body.poll !== undefined ||
    fileCount > 0
  );
}

/**
 * Validates a message body (channel message, interaction reply, webhook send or edit)
 * the way Discord does; `creating` enforces the "Cannot send an empty message" rule.
 */
export function checkMessageBody(body: JsonObject, opts: { creating: boolean; fileCount: number; path?: string[] }): MessageCheck {
  const root = new FormErrors();
  const errors = opts.path ? root.at(...opts.path) : root;
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if (body.content !== undefined && body.content !== null && typeof body.content !== 'string') {
    errors.add(['content'], 'BASE_TYPE_STRING', 'Could not interpret value as string.');
  }
  errors.maxLength(['content'], body.content, LIMITS.content);
  checkEmbeds(errors, body.embeds);
  checkComponents(errors, body.components, flags);
  checkAllowedMentions(errors, body.allowed_mentions);
  if ((flags & IS_COMPONENTS_V2) !== 0) {
    if (typeof body.content === 'string' && body.content.length > 0) errors.add(['content'], 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', 'The \'content\' field cannot be used when using MessageFlags.IS_COMPONENTS_V2');
    if (asArray(body.embeds).length > 0) errors.add(['embeds'], 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', 'The \'embeds\' field cannot be used when using MessageFlags.IS_COMPONENTS_V2');
  }
  if (typeof body.nonce === 'string') errors.maxLength(['nonce'], body.nonce, LIMITS.nonce);
  if (!root.empty) return { ok: false, status: 400, body: root.toBody() };
  if (opts.creating && !hasVisibleContent(body, opts.fileCount)) {
    return { ok: false, status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
  }
  return { ok: true };
}
