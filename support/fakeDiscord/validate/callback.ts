import { ComponentType, InteractionResponseType as R, InteractionType } from 'discord.js';
import { asArray, asEnum, asObject, type JsonObject } from '../json.js';
import { FormErrors } from './formErrors.js';
import { LIMITS } from './limits.js';
import { checkMessageBody, type MessageCheck } from './message.js';

/** Which callback types Discord accepts for which interaction types. */
function allowedTypes(interaction: InteractionType, fromMessage: boolean): Set<number> {
  switch (interaction) {
    case InteractionType.Ping:
      return new Set([R.Pong]);
    case InteractionType.ApplicationCommandAutocomplete:
      return new Set([R.ApplicationCommandAutocompleteResult]);
    case InteractionType.MessageComponent:
      return new Set([R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.DeferredMessageUpdate, R.UpdateMessage, R.Modal]);
    case InteractionType.ModalSubmit:
      return new Set(fromMessage
        ? [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.DeferredMessageUpdate, R.UpdateMessage]
        : [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource]);
    default:
      return new Set([R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.Modal]);
  }
}

function checkChoices(data: JsonObject): MessageCheck {
  const errors = new FormErrors().at('data');
  const choices = asArray(data.choices);
  errors.maxLength(['choices'], choices, LIMITS.choices);
  choices.forEach((raw, i) => {
    const choice = asObject(raw);
    errors.length(['choices', i, 'name'], choice.name, 1, LIMITS.choiceName);
    if (typeof choice.value === 'string') errors.maxLength(['choices', i, 'value'], choice.value, LIMITS.choiceValue);
    else if (typeof choice.value !== 'number') errors.add(['choices', i, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
  });
  return errors.empty ? { ok: true } : { ok: false, status: 400, body: errors.toBody() };
}

function checkModal(data: JsonObject): MessageCheck {
  const errors = new FormErrors().at('data');
  errors.length(['custom_id'], data.custom_id, 1, LIMITS.customId);
  errors.length(['title'], data.title, 1, LIMITS.modalTitle);
  errors.length(['components'], data.components, 1, LIMITS.modalRows);
  const checkInput = (at: FormErrors, input: JsonObject, labelled: boolean): void => {
    at.length(['custom_id'], input.custom_id, 1, LIMITS.customId);
    if (input.type !== ComponentType.TextInput) return;
    if (!labelled) at.length(['label'], input.label, 1, LIMITS.textInputLabel);
    at.maxLength(['value'], input.value, LIMITS.textInputValue);
    at.maxLength(['placeholder'], input.placeholder, 100);
    if (input.max_length !== undefined && (Number(input.max_length) < 1 || Number(input.max_length) > LIMITS.textInputValue)) {
      at.add(['max_length'], 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${LIMITS.textInputValue}.`);
    }
  };
  asArray(data.components).forEach((raw, i) => {
    const row = asObject(raw);
    const at = errors.at('components', i);
    if (row.type === ComponentType.ActionRow) {
      at.length(['components'], row.components, 1, 1);
      asArray(row.components).forEach((c, j) => checkInput(at.at('components', j), asObject(c), false));
    } else if (row.type === ComponentType.Label) {
      at.length(['label'], row.label, 1, LIMITS.textInputLabel);
      at.maxLength(['description'], row.description, 100);
      checkInput(at.at('component'), asObject(row.component), true);
    } else if (row.type !== ComponentType.TextDisplay) {
      at.add(['type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 10, 18}.');
    }
  });
  return errors.empty ? { ok: true } : { ok: false, status: 400, body: errors.toBody() };
}

/** Validates `POST /interactions/:id/:token/callback` against the interaction it answers. */
export function checkCallback(body: JsonObject, interaction: InteractionType, fromMessage: boolean, fileCount: number): MessageCheck {
  const type = asEnum(R, body.type);
  if (type === undefined || !allowedTypes(interaction, fromMessage).has(type)) {
    const errors = new FormErrors();
    errors.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', 'Invalid interaction response type');
    return { ok: false, status: 400, body: errors.toBody() };
  }
  const data = asObject(body.data);
  switch (type) {
    case R.ChannelMessageWithSource:
      return checkMessageBody(data, { creating: true, fileCount, path: ['data'] });
    case R.UpdateMessage:
      return checkMessageBody(data, { creating: false, fileCount, path: ['data'] });
    case R.ApplicationCommandAutocompleteResult:
      return checkChoices(data);
    case R.Modal:
      return checkModal(data);
    default:
      return { ok: true };
  }
}
