/**
 * What a `compare` run prints and its exit status, and the failures every mode shares: one line on stderr,
 * exit 2 for bad input, 1 for the project's own data or a bug.
 */
import { oneLine } from './cli-args';
import { type CliData, DataFileError, loadCliData } from './cli-data';

export interface CompareRun {
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export function fail(message: string, status: 1 | 2): CompareRun {
  return { status, stdout: '', stderr: `compare: ${oneLine(message)}\n` };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The data, or the run that says why it cannot be loaded (the project's own data broken is exit 1). */
export async function dataOrFailure(corpusDir?: string): Promise<CliData | CompareRun> {
  try {
    return await loadCliData(corpusDir);
  } catch (error) {
    if (error instanceof DataFileError) return fail(error.message, error.status);
    return fail(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error), 1);
  }
}

export const isRun = (x: CliData | CompareRun): x is CompareRun => 'status' in x;
