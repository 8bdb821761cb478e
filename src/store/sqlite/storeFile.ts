import { statSync } from 'node:fs';
import { UserError } from '../../errors.js';

/** What a user sees when a command would write to a database file that is gone. */
export const STORE_GONE =
  'I can’t save changes right now: my database file was deleted or replaced while I was running, so anything saved would be lost. Ask an admin to restart paperboy.';

/** Thrown by every store write once the database file is gone; a UserError, so commands answer with it. */
export class StoreGoneError extends UserError {}

/**
 * Watches the database file the store opened. SQLite keeps writing into a deleted file through
 * its open descriptor, and everything written would vanish at the next restart; so before each
 * write the path is stat'ed and compared (device and inode) with the file opened. Once it differs
 * or is missing, writes are refused for good and `onGone` runs once.
 */
export function watchStoreFile(file: string, onGone: (message: string) => void): { writable: () => boolean; beforeWrite: () => void } {
  if (file === ':memory:' || file === '') return { writable: () => true, beforeWrite: () => undefined };
  const opened = statSync(file);
  let gone = false;
  const writable = (): boolean => {
    if (gone) return false;
    const now = statSync(file, { throwIfNoEntry: false });
    if (now !== undefined && now.ino === opened.ino && now.dev === opened.dev) return true;
    gone = true;
    onGone(`store: DATABASE_PATH ${file} was ${now === undefined ? 'deleted' : 'replaced'} while paperboy was running; writes are refused until it is restarted`);
    return false;
  };
  return {
    writable,
    beforeWrite: () => {
      if (!writable()) throw new StoreGoneError(STORE_GONE);
    },
  };
}
