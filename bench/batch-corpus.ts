/**
 * `npm run bench:batch [meetings]` (and the last figure of `npm run bench`): the batch mode of the `compare`
 * command on a synthetic corpus of 1,000 meetings (bench/synthetic-corpus.ts), target under a minute. Times
 *   1. the command as a user runs it — `node scripts/run-cli.mjs compare --corpus DIR` (what `npm run compare`
 *      calls), start-up included, CSV and JSON;
 *   2. the same work in this process (`runCompare`), with its CPU time, which other load on the machine
 *      inflates less than wall time.
 * Prints the machine's load (`uptime`) before and after: on a busy machine the figures are inflated.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCompare } from '../scripts/compare-cli';
import { writeSyntheticCorpus } from './synthetic-corpus';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET_MS = 60_000;

const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return '(uptime not available)';
  }
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ms: number) => (ms <= TARGET_MS ? `✓ under ${TARGET_MS / 1000} s` : '✗ over a minute');

function runCli(dir: string, format: 'csv' | 'json') {
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    ['scripts/run-cli.mjs', 'compare', '--corpus', dir, '--format', format],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`batch failed (exit ${r.status}): ${r.stderr.trim()}`);
  return { ms, bytes: Buffer.byteLength(r.stdout) };
}

export async function benchBatch(count = 1000): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-batch-bench-'));
  try {
    const made = await writeSyntheticCorpus(dir, count);
    console.log(
      `\nBatch: compare --corpus on ${made.meetings} synthetic meetings, ${made.texts} texts, ` +
        `${(made.chars / 1e6).toFixed(1)} M characters (${cpus().length} cores)`,
    );
    console.log(`  load before: ${uptime()}`);
    // The first call may build the command's bundle; that is not the batch's time.
    runCli(dir, 'csv');
    for (const format of ['csv', 'json'] as const) {
      const { ms, bytes } = runCli(dir, format);
      const per = (ms / made.meetings).toFixed(1);
      console.log(
        `  compare --corpus DIR --format ${format} (the command npm runs): ${seconds(ms).padStart(7)} ` +
          `(${per} ms a meeting, ${(bytes / 1e6).toFixed(1)} MB out)  ${verdict(ms)}`,
      );
    }
    const cpu = process.cpuUsage();
    const start = performance.now();
    const run = await runCompare(['--corpus', dir, '--format', 'csv']);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (run.status !== 0) throw new Error(`batch failed in process: ${run.stderr.trim()}`);
    console.log(
      `  in process (runCompare, csv):                            ${seconds(ms).padStart(7)} wall, ` +
        `${seconds((used.user + used.system) / 1000)} CPU`,
    );
    console.log(`  load after:  ${uptime()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 1000);
  await benchBatch(Number.isInteger(count) && count > 0 ? count : 1000);
}
