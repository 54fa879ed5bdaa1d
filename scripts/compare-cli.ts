/**
 * The `compare` command's work, as a function (scripts/compare.ts runs it; tests call it in-process).
 * Compares two readout files (plain text or Markdown with optional YAML front matter) with the engine in
 * src/core, or every meeting of a corpus folder (`--corpus DIR`, compare-batch.ts). Contract:
 * ../shared/spec/compare-cli.md. Exit 0 on success, 2 with one line on stderr naming the file and the problem
 * for bad input, 1 when the project's own data cannot be loaded (or on a bug).
 */
import { isAlignLimitError } from '../src/core/compare/align-band';
import type { ReadoutMeta } from '../src/core/compare/comparison-report';
import { isIngestError } from '../src/core/ingest/ingest-errors';
import { type Args, InputError, type PairArgs, parseArgs } from './cli-args';
import { checkSentences, type Readout, readReadout } from './cli-readout';
import { type CompareRun, dataOrFailure, describeError, fail, isRun } from './cli-run';

export type { CompareRun } from './cli-run';

async function runPair(args: PairArgs): Promise<CompareRun> {
  let sides: [Readout, Readout];
  try {
    sides = [readReadout(args.files[0], args.langs[0]), readReadout(args.files[1], args.langs[1])];
    for (const [k, side] of sides.entries()) checkSentences(args.files[k as 0 | 1], side.input);
  } catch (error) {
    if (error instanceof InputError || isIngestError(error)) return fail(error.message, 2);
    return fail(`internal error (${describeError(error)})`, 1);
  }
  // The engine and the data load only once the inputs are known to be good, so bad input fails fast.
  const data = await dataOrFailure();
  if (isRun(data)) return data;
  const [{ compareWithLedger }, { renderComparisonMarkdown }, { comparisonReport }, { withLedgerSections }] =
    await Promise.all([
      import('./compare-meeting'),
      import('../src/core/compare/comparison-markdown'),
      import('../src/core/compare/comparison-report'),
      import('./compare-ledger-md'),
    ]);
  const [a, b] = sides;
  let output: string;
  try {
    const { comparison, ledger, texts } = await compareWithLedger(a.input, b.input, data);
    const labelOf = (id: string) => data.lexicon.topicById.get(id)?.label;
    const meta: [ReadoutMeta, ReadoutMeta] = [a.meta, b.meta];
    output =
      args.format === 'json'
        ? `${JSON.stringify(comparisonReport(comparison, meta, labelOf, { ledger, texts }), null, 2)}\n`
        : withLedgerSections(renderComparisonMarkdown(comparison, meta, labelOf), ledger, texts);
  } catch (error) {
    if (isAlignLimitError(error)) return fail(`${args.files[0]}, ${args.files[1]}: ${error.message}`, 2);
    // A bug, not the input's fault: still one line, with the files it happened on.
    return fail(`${args.files[0]}, ${args.files[1]}: internal error (${describeError(error)})`, 1);
  }
  return { status: 0, stdout: output, stderr: '' };
}

export async function runCompare(argv: string[]): Promise<CompareRun> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof InputError) return fail(error.message, 2);
    return fail(`internal error (${describeError(error)})`, 1);
  }
  if (args.mode === 'pair') return runPair(args);
  const { runBatch } = await import('./compare-batch');
  return runBatch(args);
}
