/** Narrowing helpers for request bodies: the fake reads untrusted JSON from the bot. */

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * `value` as a member of a numeric discord-api-types enum (`asEnum(ComponentType, node.type)`), or
 * undefined when it is not a number the enum names; comparisons then stay enum against enum.
 */
export function asEnum<E extends Record<string, string | number>>(enumObject: E, value: unknown): E[keyof E] | undefined {
  return typeof value === 'number' && Object.values(enumObject).includes(value) ? (value as E[keyof E]) : undefined;
}
