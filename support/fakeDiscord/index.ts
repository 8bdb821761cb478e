import { FakeDiscord } from './fakeDiscord.js';
import type { FakeDiscordOptions } from './types.js';

/** Starts a stand-in Discord on 127.0.0.1 (free port). Always `await fake.close()` afterwards. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}

export { FakeDiscord } from './fakeDiscord.js';
export { globalRateLimitFault, routeRateLimitFault } from './faults.js';
export { InteractionHandle } from './interactions/handle.js';
export { TEST_USER } from './interactions/invoker.js';
export { ALL_PERMISSIONS, DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS } from './permissions.js';
export type * from './types.js';
