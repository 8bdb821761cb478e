import { ApplicationCommandOptionType as Opt, ApplicationCommandType } from 'discord.js';
import { asArray, asEnum, asObject, type JsonObject } from '../json.js';
import { FormErrors } from './formErrors.js';
import { LIMITS } from './limits.js';

/** Discord's rule for chat-input command and option names (it also requires lowercase). */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const CHOICE_TYPES = new Set<number>([Opt.String, Opt.Integer, Opt.Number]);

function checkName(errors: FormErrors, value: unknown): void {
  if (typeof value !== 'string' || !NAME.test(value) || value !== value.toLowerCase()) {
    errors.add(['name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

function chars(value: unknown): number {
  return typeof value === 'string' || typeof value === 'number' ? [...String(value)].length : 0;
}

/** Validates an option list and returns its size towards the 4000-character total. */
function checkOptions(errors: FormErrors, list: unknown, depth: number): number {
  const options = asArray(list);
  errors.maxLength(['options'], options, LIMITS.options);
  let total = 0;
  let seenOptional = false;
  const names = new Set<unknown>();
  const isSub = (o: JsonObject): boolean => o.type === Opt.Subcommand || o.type === Opt.SubcommandGroup;
  const subs = options.filter((o) => isSub(asObject(o))).length;
  if (subs > 0 && subs < options.length) {
    errors.add(['options'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
  }
  options.forEach((raw, i) => {
    const option = asObject(raw);
    const at = errors.at('options', i);
    checkName(at, option.name);
    at.length(['description'], option.description, 1, LIMITS.commandDescription);
    if (names.has(option.name)) at.add(['name'], 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', 'Option names must be unique');
    names.add(option.name);
    total += chars(option.name) + chars(option.description);
    if (asEnum(Opt, option.type) === undefined) {
      at.add(['type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.');
    }
    if (isSub(option)) {
      if (option.required === true) at.add(['required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Sub-commands cannot be required');
      const nestedOk = option.type === Opt.SubcommandGroup ? depth === 0 : depth <= 1;
      if (!nestedOk) at.add(['type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-commands can only be nested one level deep');
      total += checkOptions(at, option.options, depth + 1);
      return;
    }
    if (option.required === true && seenOptional) {
      errors.add(['options'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) seenOptional = true;
    const choices = asArray(option.choices);
    if (choices.length > 0 && !CHOICE_TYPES.has(Number(option.type))) at.add(['choices'], 'APPLICATION_COMMAND_OPTION_CHOICES_INVALID', 'Choices are not allowed for this option type');
    if (choices.length > 0 && option.autocomplete === true) at.add(['autocomplete'], 'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID', 'Autocomplete cannot be set with choices');
    at.maxLength(['choices'], choices, LIMITS.choices);
    choices.forEach((rawChoice, j) => {
      const choice = asObject(rawChoice);
      at.length(['choices', j, 'name'], choice.name, 1, LIMITS.choiceName);
      if (option.type === Opt.String) at.length(['choices', j, 'value'], choice.value, 1, LIMITS.choiceValue);
      else if (typeof choice.value !== 'number') at.add(['choices', j, 'value'], 'NUMBER_TYPE_COERCE', 'Value is not a valid number.');
      total += chars(choice.name) + chars(choice.value);
    });
    if (option.min_length !== undefined && (Number(option.min_length) < 0 || Number(option.min_length) > 6000)) at.add(['min_length'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 6000.');
    if (option.max_length !== undefined && (Number(option.max_length) < 1 || Number(option.max_length) > 6000)) at.add(['max_length'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 6000.');
  });
  return total;
}

function checkCommand(errors: FormErrors, command: JsonObject): void {
  const type = command.type ?? ApplicationCommandType.ChatInput;
  if (type === ApplicationCommandType.ChatInput) {
    checkName(errors, command.name);
    errors.length(['description'], command.description, 1, LIMITS.commandDescription);
    const total = chars(command.name) + chars(command.description) + checkOptions(errors, command.options, 0);
    if (total > LIMITS.commandTotalChars) errors.add([], 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${LIMITS.commandTotalChars})`);
  } else {
    errors.length(['name'], command.name, 1, LIMITS.commandName);
    if (command.description !== undefined && command.description !== '') {
      errors.add(['description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have a description');
    }
  }
  const perms = command.default_member_permissions;
  if (perms !== undefined && perms !== null && (typeof perms !== 'string' || !/^\d+$/.test(perms))) {
    errors.add(['default_member_permissions'], 'BASE_TYPE_BAD_INT', 'Value is not a valid integer.');
  }
}

/** Validates a bulk-overwrite body; returns the Invalid Form Body to send back, or null if valid. */
export function checkCommandList(body: unknown): ReturnType<FormErrors['toBody']> | null {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_LIST', 'Must be an array.');
    return errors.toBody();
  }
  const counts = new Map<unknown, number>();
  const seen = new Set<string>();
  body.forEach((raw, i) => {
    const command = asObject(raw);
    const type = command.type ?? ApplicationCommandType.ChatInput;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    checkCommand(errors.at(i), command);
    const key = JSON.stringify([type, command.name]);
    if (seen.has(key)) errors.at(i).add(['name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    seen.add(key);
  });
  if ((counts.get(ApplicationCommandType.ChatInput) ?? 0) > LIMITS.commands) {
    errors.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.commands} or fewer in length.`);
  }
  for (const type of [ApplicationCommandType.User, ApplicationCommandType.Message]) {
    if ((counts.get(type) ?? 0) > LIMITS.contextMenuCommands) {
      errors.add([], 'APPLICATION_COMMAND_TOO_MANY', `Maximum number of context menu commands of this type reached (${LIMITS.contextMenuCommands})`);
    }
  }
  return errors.empty ? null : errors.toBody();
}
