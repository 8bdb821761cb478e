import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { runCli } from './runCli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  // `npm link`ed, the command runs from anywhere; its default data is in the package.
  packageRoot: fileURLToPath(new URL('../../', import.meta.url)),
});
