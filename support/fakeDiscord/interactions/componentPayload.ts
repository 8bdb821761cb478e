import { ComponentType, type APIMessageComponentInteractionData, type APIModalSubmission, type APIModalSubmissionComponent } from 'discord.js';
import { asArray, asEnum, asObject, isObject, type JsonObject } from '../json.js';
import type { FakeMessage, ModalInput, SelectInput } from '../types.js';

/** Finds a component by custom id anywhere in a message (action rows, containers, section accessories). */
export function findComponent(message: FakeMessage, customId: string): JsonObject | undefined {
  const stack: unknown[] = [...message.components];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if (node.custom_id === customId) return node;
    stack.push(...asArray(node.components), node.accessory, node.component);
  }
  return undefined;
}

/** `data` for a button click; refuses what a user could not click. */
export function buttonData(message: FakeMessage, customId: string): APIMessageComponentInteractionData {
  const button = findComponent(message, customId);
  if (!button || asEnum(ComponentType, button.type) !== ComponentType.Button) throw new Error(`fake-discord: message ${message.id} has no button "${customId}"`);
  if (button.disabled === true) throw new Error(`fake-discord: button "${customId}" is disabled`);
  return { custom_id: customId, component_type: ComponentType.Button };
}

const SELECT_TYPES = [ComponentType.StringSelect, ComponentType.UserSelect, ComponentType.RoleSelect, ComponentType.MentionableSelect, ComponentType.ChannelSelect] as const;
type SelectType = (typeof SELECT_TYPES)[number];

function isSelectType(type: ComponentType | undefined): type is SelectType {
  return SELECT_TYPES.some((t) => t === type);
}

/** `data` for a select menu choice; values must be offered and within min/max. */
export function selectData(message: FakeMessage, input: SelectInput): APIMessageComponentInteractionData {
  const select = findComponent(message, input.customId);
  const type = asEnum(ComponentType, select?.type);
  if (!select || !isSelectType(type)) {
    throw new Error(`fake-discord: message ${message.id} has no select menu "${input.customId}"`);
  }
  if (select.disabled === true) throw new Error(`fake-discord: select "${input.customId}" is disabled`);
  const min = typeof select.min_values === 'number' ? select.min_values : 1;
  const max = typeof select.max_values === 'number' ? select.max_values : 1;
  if (input.values.length < min || input.values.length > max) {
    throw new Error(`fake-discord: select "${input.customId}" takes ${min}–${max} values, got ${input.values.length}`);
  }
  if (type === ComponentType.StringSelect) {
    const offered = new Set(asArray(select.options).map((o) => asObject(o).value));
    const bad = input.values.filter((v) => !offered.has(v));
    if (bad.length > 0) throw new Error(`fake-discord: select "${input.customId}" does not offer ${bad.join(', ')}`);
    return { custom_id: input.customId, component_type: ComponentType.StringSelect, values: input.values };
  }
  // The fake resolves no users, roles or channels: `resolved` stays empty, short of the typed shape.
  return { custom_id: input.customId, component_type: type, values: input.values, resolved: {} } as APIMessageComponentInteractionData;
}

/**
 * `data` for a modal submission. If the bot showed this modal, the answer mirrors its layout
 * (label or action-row wrapped inputs) and must only name its inputs, as the Discord client guarantees.
 */
export function modalData(input: ModalInput, shown: JsonObject | null): APIModalSubmission {
  if (!shown) {
    return {
      custom_id: input.customId,
      components: Object.entries(input.fields).map(([custom_id, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id, value }],
      })),
    };
  }
  const components: APIModalSubmissionComponent[] = [];
  const known = new Set<string>();
  for (const raw of asArray(shown.components)) {
    const top = asObject(raw);
    const input_ = top.type === ComponentType.Label ? asObject(top.component) : asObject(asArray(top.components)[0]);
    const customId = typeof input_.custom_id === 'string' ? input_.custom_id : undefined;
    if (customId === undefined || input_.type !== ComponentType.TextInput) continue;
    known.add(customId);
    const value = input.fields[customId] ?? '';
    if (input_.required !== false && value === '') throw new Error(`fake-discord: modal "${input.customId}" requires "${customId}"`);
    const text = { type: ComponentType.TextInput as const, custom_id: customId, value };
    components.push(top.type === ComponentType.Label ? { type: ComponentType.Label, component: text } : { type: ComponentType.ActionRow, components: [text] });
  }
  const unknown = Object.keys(input.fields).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new Error(`fake-discord: modal "${input.customId}" has no inputs ${unknown.join(', ')}`);
  return { custom_id: input.customId, components };
}
