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
