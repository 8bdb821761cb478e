import { ButtonStyle, ComponentType } from 'discord.js';
import { asArray, asObject, type JsonObject } from '../json.js';
import { checkUrl } from './embeds.js';
import type { FormErrors } from './formErrors.js';
import { LIMITS } from './limits.js';

const SELECTS = new Set<number>([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

/** Tracks custom ids across a message: Discord rejects duplicates. */
class CustomIds {
  private readonly seen = new Set<string>();
  check(errors: FormErrors, component: JsonObject, required: boolean): void {
    const id = component.custom_id;
    if (id === undefined && !required) return;
    errors.length(['custom_id'], id, 1, LIMITS.customId);
    if (typeof id !== 'string') return;
    if (this.seen.has(id)) errors.add(['custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
    this.seen.add(id);
  }
}

function checkButton(errors: FormErrors, button: JsonObject, ids: CustomIds): void {
  errors.maxLength(['label'], button.label, LIMITS.buttonLabel);
  if (button.label === undefined && button.emoji === undefined) {
    errors.add(['label'], 'BASE_TYPE_REQUIRED', 'This field is required');
  }
  if (button.style === ButtonStyle.Link) {
    checkUrl(errors, ['url'], button.url ?? null, ['http:', 'https:', 'discord:']);
    if (button.url === undefined) errors.add(['url'], 'BASE_TYPE_REQUIRED', 'This field is required');
    if (button.custom_id !== undefined) errors.add(['custom_id'], 'COMPONENT_INVALID_FIELD', 'Link buttons cannot have a custom id');
  } else if (button.style !== ButtonStyle.Premium) {
    ids.check(errors, button, true);
  }
}

function checkSelect(errors: FormErrors, select: JsonObject, ids: CustomIds): void {
  ids.check(errors, select, true);
  errors.maxLength(['placeholder'], select.placeholder, LIMITS.selectPlaceholder);
  const min = typeof select.min_values === 'number' ? select.min_values : 1;
  const max = typeof select.max_values === 'number' ? select.max_values : 1;
  if (min < 0 || min > LIMITS.selectOptions) errors.add(['min_values'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 25.');
  if (max < 1 || max > LIMITS.selectOptions) errors.add(['max_values'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 25.');
  if (select.type !== ComponentType.StringSelect) return;
  const options = asArray(select.options);
  errors.length(['options'], select.options, 1, LIMITS.selectOptions);
  if (max > options.length) errors.add(['max_values'], 'SELECT_COMPONENT_MAX_VALUES_TOO_HIGH', 'max_values must be less than or equal to the number of options');
  const values = new Set<unknown>();
  options.forEach((raw, i) => {
    const option = asObject(raw);
    errors.length(['options', i, 'label'], option.label, 1, LIMITS.selectOptionText);
    errors.length(['options', i, 'value'], option.value, 1, LIMITS.selectOptionText);
    errors.maxLength(['options', i, 'description'], option.description, LIMITS.selectOptionText);
    if (values.has(option.value)) errors.add(['options', i, 'value'], 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED', 'Select component option values must be unique');
    values.add(option.value);
  });
}

function checkInteractive(errors: FormErrors, component: JsonObject, ids: CustomIds): void {
  if (component.type === ComponentType.Button) checkButton(errors, component, ids);
  else if (typeof component.type === 'number' && SELECTS.has(component.type)) checkSelect(errors, component, ids);
}

/** Classic layout: up to 5 action rows of up to 5 buttons, or exactly one select. */
function checkActionRows(errors: FormErrors, rows: unknown[], ids: CustomIds): void {
  errors.maxLength(['components'], rows, LIMITS.actionRows);
  rows.forEach((raw, i) => {
    const row = asObject(raw);
    const at = errors.at('components', i);
    if (row.type !== ComponentType.ActionRow) {
      at.add(['type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1}.');
      return;
    }
    const children = asArray(row.components);
    at.length(['components'], row.components, 1, LIMITS.buttonsPerRow);
    const hasSelect = children.some((c) => SELECTS.has(Number(asObject(c).type)));
    if (hasSelect && children.length > 1) {
      at.add(['components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
    }
    children.forEach((child, j) => checkInteractive(at.at('components', j), asObject(child), ids));
  });
}

/** Components v2 (flag IS_COMPONENTS_V2): a tree of at most 40 components. */
function checkComponentsV2(errors: FormErrors, components: unknown[], ids: CustomIds): void {
  let total = 0;
  const walk = (list: unknown[], path: (string | number)[]): void => {
    list.forEach((raw, i) => {
      total++;
      const component = asObject(raw);
      const at = errors.at(...path, i);
      if (component.type === ComponentType.TextDisplay) at.length(['content'], component.content, 1, LIMITS.textDisplay);
      checkInteractive(at, component, ids);
      if (Array.isArray(component.components)) walk(component.components, [...path, i, 'components']);
      if (component.accessory !== undefined) walk([component.accessory], [...path, i, 'accessory']);
    });
  };
  walk(components, ['components']);
  if (total > LIMITS.componentsV2Total) {
    errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.componentsV2Total} or fewer in length.`);
  }
}

/** The flag bit that switches a message to components v2. */
export const IS_COMPONENTS_V2 = 1 << 15;

export function checkComponents(errors: FormErrors, components: unknown, flags: number): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.add(['components'], 'BASE_TYPE_LIST', 'Must be an array.');
    return;
  }
  const ids = new CustomIds();
  if ((flags & IS_COMPONENTS_V2) !== 0) checkComponentsV2(errors, components, ids);
  else checkActionRows(errors, components, ids);
}
