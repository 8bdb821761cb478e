/**
 * Imported first by src/main.ts, before discord.js and the rest load: Node's default action for
 * SIGHUP is to exit, so until the app is ready a SIGHUP (a reload request) is only remembered.
 */
let reloadRequested = false;
const remember = (): void => {
  reloadRequested = true;
};
process.on('SIGHUP', remember);

/** Hands SIGHUP over to `reload`, running it at once when one arrived during start-up. */
export function handOverSighup(reload: () => void): void {
  process.off('SIGHUP', remember);
  process.on('SIGHUP', reload);
  if (reloadRequested) reload();
}
