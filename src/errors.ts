/**
 * An expected problem whose message is safe and useful to show to the user as is
 * (bad option, nothing found, missing permission). Everything else is a bug and
 * gets a generic apology plus one log line.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** A configuration problem found at start-up; the message names the variable and the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Best-effort message of an unknown thrown value, for logs. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
