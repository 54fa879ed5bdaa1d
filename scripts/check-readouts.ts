import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LedgerDataError } from '../src/core/ledger/ledger-error';
import { parseCommitments } from '../src/core/ledger/parse-commitments';
import { parsePhrases } from '../src/core/ledger/parse-phrases';
import { loadCorpusFromDisk } from './vite-plugin-readouts';

/*
 * npm run readouts:check [folder] — validate the readout corpus (default $READOUTS_DIR, else `readouts/`), the
 * topic lexicon and, where the folder has them, the ledger's set phrases and commitments.
 * Prints `ok: N meetings, M texts`, or every problem as `file: field "…": message` on stderr and exits 1.
 */

const dir = process.argv[2] ?? (process.env.READOUTS_DIR || 'readouts');
const corpus = loadCorpusFromDisk(dir);

// The ledger's data files (set phrases, commitments) beside the meetings, when the folder has them.
function ledgerDataProblems(): string[] {
  const problems: string[] = [];
  for (const [name, parse] of [
    ['phrases.yaml', parsePhrases],
    ['commitments.yaml', parseCommitments],
  ] as const) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    try {
      parse(
        readFileSync(file, 'utf8'),
        path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'),
      );
    } catch (error) {
      if (!(error instanceof LedgerDataError)) throw error;
      problems.push(error.message);
    }
  }
  return problems;
}
const problems = [...corpus.problems, ...ledgerDataProblems()];

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  const count = problems.length;
  console.error(`readouts:check: ${count} ${count === 1 ? 'problem' : 'problems'} in ${dir}`);
  process.exit(1);
}

const texts = corpus.meetings.reduce((sum, meeting) => sum + meeting.readouts.length, 0);
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
console.log(`ok: ${plural(corpus.meetings.length, 'meeting')}, ${plural(texts, 'text')}`);
