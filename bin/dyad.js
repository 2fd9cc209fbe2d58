#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('dyad: not built yet; run `npm run build` (or `npm ci`) in the repository root\n');
  process.exit(2);
}
// `dyad extract … | head` closes the pipe early; that is a normal way to stop, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
