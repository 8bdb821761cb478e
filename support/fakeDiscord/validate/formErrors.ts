import type { JsonObject } from '../json.js';

export type FieldPath = readonly (string | number)[];

/** The body Discord answers with for a 400 on a malformed request (error code 50035). */
export interface InvalidFormBody {
  code: 50035;
  message: 'Invalid Form Body';
  errors: JsonObject;
}

/**
 * Collects field errors into Discord's nested shape,
 * e.g. `{ embeds: { 0: { title: { _errors: [{ code, message }] } } } }`,
 * which is what @discordjs/rest flattens into `DiscordAPIError` messages.
 */
export class FormErrors {
  constructor(
    private readonly shared: { root: JsonObject; count: number } = { root: {}, count: 0 },
    private readonly prefix: FieldPath = [],
  ) {}

  get empty(): boolean {
    return this.shared.count === 0;
  }

  /** A view that prepends `path` to everything it adds, for nested validators. */
  at(...path: FieldPath): FormErrors {
    return new FormErrors(this.shared, [...this.prefix, ...path]);
  }

  add(path: FieldPath, code: string, message: string): void {
    let node = this.shared.root;
    for (const key of [...this.prefix, ...path]) {
      const next = node[String(key)];
      const child: JsonObject = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as JsonObject) : {};
      node[String(key)] = child;
      node = child;
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    list.push({ code, message });
    node._errors = list;
    this.shared.count++;
  }

  /** String (or array) no longer than `max`. */
  maxLength(path: FieldPath, value: unknown, max: number): void {
    const length = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : 0;
    if (length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  /** Required string (or array) with a length within [min, max]. */
  length(path: FieldPath, value: unknown, min: number, max: number): void {
    if (value === undefined || value === null) {
      this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }
    const length = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : -1;
    if (length < min || length > max) this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
  }

  toBody(): InvalidFormBody {
    return { code: 50035, message: 'Invalid Form Body', errors: this.shared.root };
  }
}

function isNode(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Both bodies' errors in one Invalid Form Body (only `a`'s where both name a field). */
export function mergeFormBodies(a: InvalidFormBody, b: InvalidFormBody): InvalidFormBody {
  const merge = (x: JsonObject, y: JsonObject): JsonObject => {
    const out: JsonObject = { ...x };
    for (const [key, value] of Object.entries(y)) {
      const mine = out[key];
      // A field the fake already explained keeps the fake's (Discord's own) wording only.
      if (key === '_errors' && Array.isArray(mine)) continue;
      else if (isNode(mine) && isNode(value)) out[key] = merge(mine, value);
      else out[key] = value;
    }
    return out;
  };
  return { code: 50035, message: 'Invalid Form Body', errors: merge(a.errors, b.errors) };
}

/** `embeds.0.title[BASE_TYPE_MAX_LENGTH]: …` lines, as @discordjs/rest flattens them. */
export function flattenFormErrors(errors: JsonObject, at = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === '_errors' && Array.isArray(value)) {
      for (const e of value) if (isNode(e)) out.push(`${at || '(body)'}[${String(e.code)}]: ${String(e.message)}`);
    } else if (isNode(value)) {
      out.push(...flattenFormErrors(value, at ? `${at}.${key}` : key));
    }
  }
  return out;
}
