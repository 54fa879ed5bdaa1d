/**
 * `node scripts/run-cli.mjs COMMAND [ARGS…]`: runs one of the project's commands (cli-bundle.mjs `COMMANDS`)
 * from its esbuild bundle, building it first when a source changed. What `npm run compare`, `readouts:check`
 * and `readouts:add` call, so a call starts in a fraction of a second. Prints nothing of its own: the command's
 * output, messages and exit status are the command's. Should the bundle not build (esbuild missing, a source
 * that does not compile), the command runs from its TypeScript source through tsx, which reports the error.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS, ensureBundle } from './cli-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The command sees its own arguments in process.argv.slice(2), as when it runs on its own.
const [command] = process.argv.splice(2, 1);
const entry = command === undefined ? undefined : COMMANDS[command];
if (!entry) {
  process.stderr.write(`run-cli: unknown command ${command}; one of ${Object.keys(COMMANDS).join(', ')}\n`);
  process.exit(2);
}

let target;
try {
  const bundle = await ensureBundle(root);
  // Read by scripts/cli-data.ts: the project's data files, and validated data cached beside the bundle.
  globalThis.readoutCliBundle = { root, cacheDir: bundle.cacheDir, buildId: bundle.buildId };
  target = path.join(bundle.dir, `${command}.mjs`);
} catch {
  const { register } = await import('tsx/esm/api');
  register();
  target = path.join(root, entry);
}
await import(pathToFileURL(target).href);
