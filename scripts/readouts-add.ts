/**
 * npm run --silent readouts:add -- SOURCE… [--meeting ID] [--dir DIR] [--timeout SECONDS]: see
 * scripts/readouts-add-run.ts, which does the work; this entry prints what it says and exits with its status.
 */
import { runReadoutsAdd } from './readouts-add-run';

const run = await runReadoutsAdd(process.argv.slice(2));
process.stderr.write(run.stderr);
process.stdout.write(run.stdout);
process.exitCode = run.status;
