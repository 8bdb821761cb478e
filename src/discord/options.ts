import { UserError } from '../errors.js';

/** A text option trimmed and checked: empty or over-long input gets a clear answer. */
export function requireText(value: string | null, what: string, example: string, max = 200): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (text.length === 0) throw new UserError(`Please give ${what}, e.g. \`${example}\`.`);
  if (text.length > max) throw new UserError(`That ${what} is ${text.length} characters long; keep it under ${max}.`);
  return text;
}

/** An integer option within bounds (Discord enforces min/max too; this guards forged payloads). */
export function boundedInt(value: number | null, fallback: number, min: number, max: number, name: string): number {
  if (value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new UserError(`\`${name}\` must be a whole number from ${min} to ${max}.`);
  return value;
}
