import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** paperboy's version, from package.json ("unknown" where it cannot be read). */
export const VERSION: string = (() => {
  try {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
    const version: unknown = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
})();

/** How paperboy names itself to the sites it fetches from. */
export const USER_AGENT = `paperboy/${VERSION} (Discord bot delivering research papers)`;
