/**
 * `npm run --silent compare -- A B [--format json|md] [--lang-a zh|en] [--lang-b zh|en]`
 * `npm run --silent compare -- --corpus DIR [--format csv|json]`
 * Compares two readout files (plain text or Markdown with optional YAML front matter), or every meeting of a
 * corpus folder, with the engine in src/core. Contract: ../shared/spec/compare-cli.md. Exit 0 on success, 2 with
 * one line on stderr naming the file and the problem for bad input, 1 when the project's own data cannot be
 * loaded (or on a bug). The work is in compare-cli.ts; `npm run compare` runs this entry from its bundle
 * (run-cli.mjs), tests run it through tsx.
 */
import { runCompare } from './compare-cli';

// A reader that stops early (`| head`) is no error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const run = await runCompare(process.argv.slice(2));
process.stderr.write(run.stderr);
process.stdout.write(run.stdout);
process.exitCode = run.status;
