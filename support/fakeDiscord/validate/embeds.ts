import { asArray, asObject, isObject, type JsonObject } from '../json.js';
import type { FormErrors } from './formErrors.js';
import { LIMITS } from './limits.js';

/** URLs Discord accepts in embeds and link buttons (attachment:// refers to an uploaded file). */
export function checkUrl(errors: FormErrors, path: (string | number)[], value: unknown, schemes = ['http:', 'https:', 'attachment:']): void {
  if (value === undefined || value === null) return;
  let ok: boolean;
  try {
    ok = typeof value === 'string' && schemes.includes(new URL(value).protocol);
  } catch {
    ok = false;
  }
  if (!ok) errors.add(path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
}

function textLength(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

/** Validates one embed and returns the characters it counts towards the 6000 total. */
function checkEmbed(errors: FormErrors, embed: JsonObject): number {
  errors.maxLength(['title'], embed.title, LIMITS.embedTitle);
  errors.maxLength(['description'], embed.description, LIMITS.embedDescription);
  checkUrl(errors, ['url'], embed.url, ['http:', 'https:']);
  if (embed.color !== undefined && embed.color !== null) {
    const color = embed.color;
    if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > 0xffffff) {
      errors.add(['color'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
    }
  }
  let total = textLength(embed.title) + textLength(embed.description);

  const fields = asArray(embed.fields);
  errors.maxLength(['fields'], fields, LIMITS.embedFields);
  fields.forEach((raw, i) => {
    const field = asObject(raw);
    errors.length(['fields', i, 'name'], field.name, 1, LIMITS.fieldName);
    errors.length(['fields', i, 'value'], field.value, 1, LIMITS.fieldValue);
    total += textLength(field.name) + textLength(field.value);
  });

  if (isObject(embed.footer)) {
    errors.length(['footer', 'text'], embed.footer.text, 1, LIMITS.footerText);
    checkUrl(errors, ['footer', 'icon_url'], embed.footer.icon_url);
    total += textLength(embed.footer.text);
  }
  if (isObject(embed.author)) {
    errors.length(['author', 'name'], embed.author.name, 1, LIMITS.authorName);
    checkUrl(errors, ['author', 'url'], embed.author.url, ['http:', 'https:']);
    checkUrl(errors, ['author', 'icon_url'], embed.author.icon_url);
    total += textLength(embed.author.name);
  }
  for (const media of ['image', 'thumbnail'] as const) {
    const value = embed[media];
    if (isObject(value)) checkUrl(errors, [media, 'url'], value.url);
  }
  return total;
}

/** Checks `embeds` against Discord's per-field limits and the 6000-character total. */
export function checkEmbeds(errors: FormErrors, embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.add(['embeds'], 'BASE_TYPE_LIST', 'Must be an array.');
    return;
  }
  errors.maxLength(['embeds'], embeds, LIMITS.embeds);
  let total = 0;
  embeds.forEach((raw, i) => {
    total += checkEmbed(errors.at('embeds', i), asObject(raw));
  });
  if (total > LIMITS.embedTotal) {
    errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
  }
}
