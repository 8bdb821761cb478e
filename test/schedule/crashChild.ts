// A bot process for the SIGKILL test: runs one digest fan-out whose poster appends every message it
// "posts" to a file (the channel state that outlives the process) and reports progress on stdout.
// Usage: node --import tsx crashChild.ts <db> <messages.jsonl> <now ISO> <script JSON {channelId: Step}>
import { appendFileSync } from 'node:fs';
import { silentLogger } from '../../src/logger.js';
import { digestReply } from '../../src/replies/digestReply.js';
import { runDueDigests } from '../../src/schedule/runDueDigests.js';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { FakePoster, isStep } from '../../support/schedule/fakePoster.js';
import { shippedLibrary } from '../../support/schedule/shippedLibrary.js';

const [file = '', messagesFile = '', now = '', script = '{}'] = process.argv.slice(2);
const store = openSqliteStore(file);
const library = await shippedLibrary();
const poster = new FakePoster([], {
  onCall: (channelId) => process.stdout.write(`calling ${channelId}\n`),
  onMessage: (message) => {
    appendFileSync(messagesFile, `${JSON.stringify(message)}\n`);
    process.stdout.write(`posted ${message.channelId}\n`);
  },
});
const steps: unknown = JSON.parse(script);
if (typeof steps === 'object' && steps !== null) {
  for (const [channelId, step] of Object.entries(steps)) if (isStep(step)) poster.script(channelId, step);
}
process.stdout.write('ready\n');
await runDueDigests({ store, lease: { owner: 'crash-child', ms: 60_000 }, library: () => library, poster, render: digestReply, logger: silentLogger, concurrency: 2 }, new Date(now));
process.stdout.write('run finished\n');
