import { loadCorpusFromDisk } from './vite-plugin-readouts';

/*
 * npm run readouts:check [folder] — validate the readout corpus (default `readouts/`) and the topic lexicon.
 * Prints `ok: N meetings, M texts`, or every problem as `file: field "…": message` on stderr and exits 1.
 */

const dir = process.argv[2] ?? 'readouts';
const corpus = loadCorpusFromDisk(dir);

if (corpus.problems.length > 0) {
  for (const problem of corpus.problems) console.error(problem);
  const count = corpus.problems.length;
  console.error(`readouts:check: ${count} ${count === 1 ? 'problem' : 'problems'} in ${dir}`);
  process.exit(1);
}

const texts = corpus.meetings.reduce((sum, meeting) => sum + meeting.readouts.length, 0);
console.log(`ok: ${corpus.meetings.length} meetings, ${texts} texts`);
