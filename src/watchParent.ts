/** How often the bot checks that npm, its parent, is still there. */
const PARENT_CHECK_MS = 1_000;

/**
 * Under `npm start`, npm forwards SIGINT and SIGTERM to the bot but exits on SIGHUP (and may be
 * killed outright), which would leave the bot running as an orphan nobody supervises. When npm
 * started us (it sets npm_lifecycle_event) and our parent changes, `onGone` runs once.
 */
export function watchNpmParent(onGone: () => void): void {
  if (process.env.npm_lifecycle_event === undefined) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, PARENT_CHECK_MS);
  timer.unref();
}
